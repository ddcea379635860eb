package org.regenpath.system.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads JSON bodies strictly, so that a value is either taken as sent or refused with the field named
 * (by {@code ApiProblems}), never quietly changed:
 * <ul>
 *   <li>a whole-number field refuses a fraction ({@code 2.5}), a string ({@code "3"}) and a boolean; Jackson
 *       would otherwise truncate {@code 2.5} to {@code 2}, which for a questionnaire answer is a different
 *       answer, and read {@code true} as 1;
 *   <li>a text field refuses the NUL character (U+0000): PostgreSQL cannot store it in text, and no person types
 *       it.
 * </ul>
 */
@Configuration
class StrictJson {

    /** The wording {@code ApiProblems} recognises to answer "contains a NUL character". */
    static final String NUL_MESSAGE = "contains a NUL character (U+0000)";

    @Bean
    JsonMapperBuilderCustomizer strictNumbersAndText() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("regenpath-text").addDeserializer(String.class, new NoNulText()));
    }

    /** Jackson's own string reading, then a refusal of U+0000. */
    static final class NoNulText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return ctxt.reportInputMismatch(String.class, NUL_MESSAGE);
            }
            return value;
        }
    }
}
