package org.regenpath.registry;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar regenpath.jar --regenpath.registry.rebuild}: rebuilds the registry's rows of every clinic from
 * the source modules, logs its progress after every read of 200 rows, and exits (status 0 when done, 1 when the
 * rebuild failed; a clinic whose transaction failed keeps its earlier rows). Without the option it does nothing.
 */
@Component
class RebuildCommand implements ApplicationRunner {

    static final String OPTION = "regenpath.registry.rebuild";
    private static final Logger LOG = LoggerFactory.getLogger(RebuildCommand.class);

    private final RegistryRebuild rebuild;
    private final ApplicationContext context;

    RebuildCommand(RegistryRebuild rebuild, ApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = 0;
        long started = System.nanoTime();
        try {
            List<RegistryRebuild.Progress> done = rebuild.rebuildAll(p -> LOG.info("Registry rebuild: {}", p.line()));
            int responses = done.stream().mapToInt(RegistryRebuild.Progress::responses).sum();
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Registry rebuilt: {} clinics, {} scored responses in {} ms", done.size(), responses, ms);
        } catch (RuntimeException e) {
            LOG.error("Registry rebuild failed", e);
            status = 1;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
