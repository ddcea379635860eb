package org.regenpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Regenpath: the regenerative pain-therapy path for a clinic, from intake to evidence. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Regenpath", sharedModules = "shared")
public class RegenpathApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegenpathApplication.class, args);
    }
}
