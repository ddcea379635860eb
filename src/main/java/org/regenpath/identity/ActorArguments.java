package org.regenpath.identity;

import java.util.List;
import org.regenpath.shared.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller take an {@link Actor} parameter, so that modules whose web layer must not depend on
 * identity (audit, for one) still learn who is acting.
 */
@Configuration
class ActorArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final CurrentActor current;

    ActorArguments(CurrentActor current) {
        this.current = current;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return current.get();
    }
}
