package org.regenpath.notification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The messages recorded by this process and not yet sent, in memory only: the bodies of messages with a one-time
 * link are never stored, so only the process that composed them can send them.
 */
@Component
class HeldBodies {

    private final Map<Long, OutgoingMail> held = new ConcurrentHashMap<>();

    void hold(long id, OutgoingMail mail) {
        held.put(id, mail);
    }

    Optional<OutgoingMail> get(long id) {
        return Optional.ofNullable(held.get(id));
    }

    void release(long id) {
        held.remove(id);
    }
}
