package org.regenpath.identity;

import org.regenpath.shared.Actor;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account of either kind (staff or patient), as the security context holds it. */
interface SignedIn extends UserDetails {

    /** The account as the services see it, acting from {@code address}. */
    Actor actor(String address);
}
