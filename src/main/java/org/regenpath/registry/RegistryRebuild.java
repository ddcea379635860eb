package org.regenpath.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the registry's rows from the source modules' Lookups, clinic by clinic, each clinic in one transaction
 * (its old rows go and its new rows come together: a reader sees one or the other). It reads every procedure and
 * every scored response of the clinic from the start ({@code changedSince}, 200 rows a read) and writes them
 * through the same projection as the live feed, so the rebuilt rows are the rows the feed would have written
 * (tested by {@code RegistryRebuildPropertyTests}).
 */
@Service
public class RegistryRebuild {

    /** Rows read per Lookup call: the most a changed-since read returns (decision 0038). */
    static final int PAGE = Changes.MAX_LIMIT;

    /**
     * Where a rebuild stands.
     *
     * @param clinicName the clinic being rebuilt
     * @param treatments treated procedures written so far
     * @param responses scored responses written so far
     * @param done whether this clinic is finished
     */
    public record Progress(String clinicName, int treatments, int responses, boolean done) {

        /** A line for a log or a terminal. */
        public String line() {
            return clinicName + ": " + treatments + " treated procedures, " + responses + " scored responses"
                    + (done ? ", done." : " so far…");
        }
    }

    private final Clinics clinics;
    private final RegistryProjection projection;
    private final RegistryStore store;
    private final RegistrySources sources;
    private final TransactionTemplate transactions;

    RegistryRebuild(Clinics clinics, RegistryProjection projection, RegistryStore store, RegistrySources sources,
            PlatformTransactionManager transactionManager) {
        this.clinics = clinics;
        this.projection = projection;
        this.store = store;
        this.sources = sources;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Rebuilds every clinic's rows, telling {@code progress} after every read; the last report of each clinic. */
    public List<Progress> rebuildAll(Consumer<Progress> progress) {
        List<Progress> done = new ArrayList<>();
        for (ClinicView clinic : clinics.all()) {
            done.add(transactions.execute(tx -> rebuild(clinic.id(), clinic.name(), sources, projection, store,
                    PAGE, progress)));
        }
        return done;
    }

    /** Rebuilds one clinic's rows inside the caller's transaction, reading {@code page} rows at a time. */
    static Progress rebuild(ClinicId clinic, String name, RegistrySources sources, RegistryProjection projection,
            RegistryStore store, int page, Consumer<Progress> progress) {
        store.clear(clinic);
        int treatments = 0;
        ChangeCursor cursor = ChangeCursor.start();
        Changes<RegistrySources.Procedure> procedures;
        do {
            procedures = sources.proceduresChangedSince(clinic, cursor, page);
            for (RegistrySources.Procedure p : procedures.items()) {
                treatments += projection.procedure(p) ? 1 : 0;
            }
            cursor = procedures.next();
            progress.accept(new Progress(name, treatments, 0, false));
        } while (procedures.more());
        int responses = 0;
        cursor = ChangeCursor.start();
        Changes<RegistryResponse> rows;
        do {
            rows = sources.responsesChangedSince(clinic, cursor, page);
            for (RegistryResponse r : rows.items()) {
                responses += projection.response(r) ? 1 : 0;
            }
            cursor = rows.next();
            progress.accept(new Progress(name, treatments, responses, false));
        } while (rows.more());
        Progress last = new Progress(name, treatments, responses, true);
        progress.accept(last);
        return last;
    }
}
