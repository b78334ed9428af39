# Builds and runs the application (for users who have Docker; see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app crossexec
WORKDIR /app
COPY --from=build /src/target/cross-execution-*.jar /app/app.jar
USER crossexec
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s CMD wget -qO- http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
