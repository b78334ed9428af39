package cn.court.crossexec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 交叉执行协同平台: the engine, its REST API and webapps, the product's API and the job workers in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrossExecutionApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrossExecutionApplication.class, args);
  }
}
