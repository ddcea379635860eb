package org.regenpath.system;

import org.regenpath.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes what a caller sends. A handler's {@link Actor} parameter is filled in from the
 * signed-in user by the identity module, never sent by the caller, so it is left out of every operation.
 */
@Configuration
class ApiDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
