package org.regenpath.registry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import org.regenpath.shared.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each clinic's date-shift secret (decision 0050): 32 bytes from {@link SecureRandom}, drawn on first use and kept in
 * {@code registry_export_key}, which is append-only. Nothing shows it to anyone; only {@link SafeHarbor#shiftDays}
 * uses it.
 */
@Repository
class ExportKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ExportKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The clinic's secret, drawn and stored first when it has none. The draw commits in a transaction of its own,
     * so two first exports racing end with one secret: the loser's insert writes nothing and it reads the winner's.
     */
    byte[] secret(ClinicId clinic) {
        String stored = read(clinic);
        if (stored == null) {
            byte[] drawn = new byte[32];
            RANDOM.nextBytes(drawn);
            try {
                ownTransaction.executeWithoutResult(s -> jdbc.sql("""
                        insert into registry_export_key (clinic_id, secret, created_at)
                        select :c, :secret, :at
                        where not exists (select 1 from registry_export_key where clinic_id = :c)""")
                        .param("c", clinic.value()).param("secret", Base64.getEncoder().encodeToString(drawn))
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update());
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // another export drew the clinic's secret at the same moment: use that one
            }
            stored = read(clinic);
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read(ClinicId clinic) {
        return jdbc.sql("select secret from registry_export_key where clinic_id = :c").param("c", clinic.value())
                .query(String.class).optional().orElse(null);
    }
}
