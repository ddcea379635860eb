package org.regenpath.shared;

import java.util.Objects;

/**
 * A person who did or confirmed something that a record must keep: the account and the name shown at the time.
 * The name is kept with the record so that the history still reads correctly after an account is renamed.
 *
 * @param userId the account
 * @param displayName the person's name as shown to colleagues
 */
public record StaffMember(UserId userId, String displayName) {

    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        if (displayName == null || displayName.isBlank()) {
            throw InvalidInput.of("displayName", "Give the person's name");
        }
        displayName = displayName.strip();
    }

    /** Same account, whatever name was shown. */
    public boolean isSamePersonAs(StaffMember other) {
        return other != null && userId.equals(other.userId);
    }

    @Override
    public String toString() {
        return displayName + " (#" + userId + ")";
    }
}
