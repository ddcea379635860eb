package org.regenpath.demo;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.DemoAccounts;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads the demo clinics and users at start-up, then, in the background, the demo patients, taking two of the first
 * clinic's patients down the treatment path ({@link DemoStories}): the application answers and anyone can sign in
 * seconds before the patients are there, and {@link DemoLoading} tells pages and tests when they are
 * (docs/decisions/0037). Idempotent: clinics, users and patients that exist are left alone, and the
 * stories run only for patients registered in the same start. The one exception is the demo users' password, set
 * on every start to the configured or freshly generated one, so the password printed at start-up is always the one
 * that works.
 */
@Component
class DemoData implements ApplicationRunner {

    static final List<String> CLINICS = List.of("Demo Regenerative Pain Clinic", "Second Clinic");
    /** Their time zones, so a fresh start has a clinic on each coast (docs/decisions/0023). */
    static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"));
    static final List<String> DOMAINS = List.of("demo-clinic.example", "second-clinic.example");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final Clinics clinics;
    private final DemoAccounts accounts;
    private final DemoPatients patients;
    private final DemoProductSettings productSettings;
    private final DemoTreatments treatments;
    private final DemoLoading loading;
    private final DemoHistory history;
    private final DemoDirectory directory;

    DemoData(
            DemoProperties properties,
            DataSource dataSource,
            Clinics clinics,
            DemoAccounts accounts,
            DemoPatients patients,
            DemoProductSettings productSettings,
            DemoTreatments treatments,
            DemoLoading loading,
            DemoHistory history,
            DemoDirectory directory) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.clinics = clinics;
        this.accounts = accounts;
        this.patients = patients;
        this.productSettings = productSettings;
        this.treatments = treatments;
        this.loading = loading;
        this.history = history;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? generatePassword() : properties.password();
        List<ClinicView> demoClinics = new ArrayList<>();
        Map<ClinicId, String> domains = new LinkedHashMap<>();
        for (int i = 0; i < CLINICS.size(); i++) {
            String name = CLINICS.get(i);
            ZoneId zone = ZONES.get(i);
            ClinicView clinic = clinics.byName(name).orElseGet(() -> clinics.create(name, zone));
            domains.put(clinic.id(), DOMAINS.get(i));
            demoClinics.add(clinic);
        }
        accounts.ensure(domains, Role.staff(), password);
        // The directory editor works for the platform: its account sits in a clinic row of its own, with no patients.
        ClinicView platform = clinics.byName(DemoDirectory.PLATFORM)
                .orElseGet(() -> clinics.create(DemoDirectory.PLATFORM, ZONES.get(0)));
        accounts.ensure(Map.of(platform.id(), DemoDirectory.DOMAIN), List.of(Role.DIRECTORY_EDITOR), password);
        directory.seed(demoClinics);
        if (generated) {
            log.warn("\n\n  Demo users: <role>@demo-clinic.example and <role>@second-clinic.example"
                    + "\n  (role = admin, clinician, coordinator, lab, researcher), and editor@directory.example"
                    + "\n  Demo password for this run: {}"
                    + "\n  Set REGENPATH_DEMO_PASSWORD to choose your own.\n", password);
        } else {
            log.info("Demo users are ready; their password is the one in REGENPATH_DEMO_PASSWORD.");
        }
        loading.started();
        Thread loader = new Thread(() -> loadPatients(demoClinics, password), "demo-patients");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The demo patients of each clinic, and their stories; in the background, clinic after clinic. Then, for each
     * clinic whose patients were registered in this start (the first), its generated history ({@link DemoHistory}),
     * after the pages have stopped saying the demo is loading: it takes minutes, and nothing waits for it.
     */
    private void loadPatients(List<ClinicView> demoClinics, String password) {
        long start = System.nanoTime();
        List<Integer> fresh = new ArrayList<>();
        try {
            for (int i = 0; i < demoClinics.size(); i++) {
                ClinicView clinic = demoClinics.get(i);
                List<PatientId> registered = patients.ensure(Actor.system(clinic.id()), i);
                if (i == 0) {
                    productSettings.ensure(Actor.system(clinic.id()));
                }
                treatments.seed(i, DOMAINS.get(i), password, registered);
                if (!registered.isEmpty()) {
                    fresh.add(i);
                }
            }
            log.info("Demo patients loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            loading.markFailed();
            log.error("Loading the demo patients failed; the demo clinics and users are there", e);
            return;
        } finally {
            loading.finished();
        }
        generateHistory(fresh, password);
    }

    private void generateHistory(List<Integer> clinics, String password) {
        DemoProperties.History settings = properties.history();
        if (settings.patients() <= 0 || clinics.isEmpty()) {
            return;
        }
        log.info("Generating the demo treatment history: {} patients per clinic, seed {}", settings.patients(),
                settings.seed());
        loading.historyPlanned(settings.patients() * clinics.size());
        try {
            for (int i : clinics) {
                DemoHistory.Result result = history.generate(i, DOMAINS.get(i), password, settings.patients(),
                        settings.seed(), DemoHistory.MRN_PREFIX, loading::historyAdvanced);
                log.info("Demo history of {}: {} generated patients treated, {} stopped, in {} ms", CLINICS.get(i),
                        result.treated(), result.failed(), result.millis());
            }
        } catch (RuntimeException e) {
            log.error("Generating the demo history failed; the named demo patients are there", e);
        } finally {
            loading.historyEnded();
        }
    }

    private boolean enabled() throws java.sql.SQLException {
        if (properties.enabled() != null) {
            return properties.enabled();
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
