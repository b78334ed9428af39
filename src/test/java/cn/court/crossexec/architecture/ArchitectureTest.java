package cn.court.crossexec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, kept by the build. */
class ArchitectureTest {

  private static final String BASE = "cn.court.crossexec";
  /** Packages by capability: each holds its model, repository, service, controller and workers. */
  private static final List<String> CAPABILITIES =
      List.of("intake", "enforcement", "disposal", "bankruptcy", "credit", "court", "monitoring", "gateway", "dashboard");

  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

  @Test
  void engineInternalsOnlyInTheWorkflowPackage() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..impl..")
            .because("a later move to Operaton or Camunda 8 must stay mechanical (DESIGN.md)");
    rule.check(MAIN);
  }

  @Test
  void capabilitiesTalkToEachOtherOnlyThroughTheirPublicServiceAndTypes() {
    for (String capability : CAPABILITIES) {
      String inside = BASE + "." + capability + "..";
      ArchRule rule =
          noClasses()
              .that()
              .resideOutsideOfPackage(inside)
              .should()
              .dependOnClassesThat(internalsOf(inside))
              .because(capability + " is reached through its public service, not its repositories, controllers or workers")
              .allowEmptyShould(true);
      rule.check(MAIN);
    }
  }

  @Test
  void persistenceEntitiesStayInsideTheirCapability() {
    ArchRule rule =
        noClasses()
            .that()
            .areAnnotatedWith(jakarta.persistence.Entity.class)
            .should()
            .bePublic()
            .because("other capabilities use views and services, never another capability's entities")
            .allowEmptyShould(true);
    rule.check(MAIN);
  }

  @Test
  void workflowInfrastructureDoesNotDriveBusinessPackagesOtherThanTheCourtDirectory() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(BASE + ".workflow..")
            .should(notDependOnCapabilitiesOtherThan("court"))
            .because("workflow is infrastructure; only identity set-up reads the court directory");
    rule.check(MAIN);
  }

  @Test
  void platformIsTheFoundationAndDependsOnNoOtherPackageOfTheProduct() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(BASE + ".platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                BASE + ".workflow..", BASE + ".court..", BASE + ".calendar..", BASE + ".intake..",
                BASE + ".enforcement..", BASE + ".disposal..", BASE + ".credit..", BASE + ".gateway..",
                BASE + ".dashboard..", BASE + ".bankruptcy..")
            .because("every package builds on platform; a dependency back would make a cycle (court → platform → workflow → court was one)");
    rule.check(MAIN);
  }

  @Test
  void theTopLevelPackagesFormNoCycle() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching(BASE + ".(*)..")
        .should()
        .beFreeOfCycles()
        .check(MAIN);
  }

  private static DescribedPredicate<JavaClass> internalsOf(String packagePattern) {
    return new DescribedPredicate<>("repositories, controllers or workers of " + packagePattern) {
      @Override
      public boolean test(JavaClass c) {
        String name = c.getSimpleName();
        return c.getPackage().getName().startsWith(packagePattern.replace("..", ""))
            && (name.endsWith("Repository") || name.endsWith("Controller") || name.endsWith("Worker"));
      }
    };
  }

  private static ArchCondition<JavaClass> notDependOnCapabilitiesOtherThan(String allowed) {
    return new ArchCondition<>("not depend on a capability other than " + allowed) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        item.getDirectDependenciesFromSelf().forEach(d -> {
          String target = d.getTargetClass().getPackageName();
          for (String capability : CAPABILITIES) {
            if (!capability.equals(allowed) && target.startsWith(BASE + "." + capability)) {
              events.add(SimpleConditionEvent.violated(d, d.getDescription()));
            }
          }
        });
      }
    };
  }
}
