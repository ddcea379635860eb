package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.identity.UserAccounts;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Role;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Every form handler of the pages, found from Spring's own handler mapping so that a new one is covered without
 * being listed, is sent malformed input by a user who may use it: a value of the wrong kind in each field that is
 * not text ({@code version=abc}), each required parameter left out, and a NUL character and an over-long value in
 * each text field. Each must be answered 4xx (never 5xx) with the field named; nothing of it may be saved.
 * Which fields a handler takes is read from its parameters the way Spring binds them (request parameters and the
 * form object's properties), so the sweep follows the code.
 */
class FormInputSweepIT extends WebIT {

    private static final String NUL = "a\u0000b";
    private static final String OVER_LONG = "x".repeat(10_001);
    private static final long ABSENT = 999_999_999L;
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, Integer.class, Long.class,
            short.class, Short.class, double.class, Double.class, java.math.BigDecimal.class);

    /** One field of a form handler and how Spring binds it. */
    record Field(String name, Class<?> type, boolean required) {

        boolean text() {
            return type == String.class;
        }

        boolean typed() {
            return NUMBERS.contains(type) || type == LocalDate.class || type.isEnum() || type == boolean.class
                    || type == Boolean.class;
        }

        String goodValue() {
            if (NUMBERS.contains(type)) {
                return "1";
            }
            if (type == LocalDate.class) {
                return "2020-01-01";
            }
            if (type.isEnum()) {
                return type.getEnumConstants()[0].toString();
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true";
            }
            return "x";
        }
    }

    /** A form handler: method, path pattern and the fields it binds. */
    record Form(HttpMethod method, String pattern, List<Field> fields, Set<String> textPathVariables) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Autowired
    private RequestMappingHandlerAdapter adapter;

    @Autowired
    private PatientRegistry registry;

    @Autowired
    private PortalInvitations invitations;

    @Autowired
    private PatientAccounts patientAccounts;

    @Autowired
    private UserAccounts users;

    @Autowired
    private MessageSource messages;

    @TestFactory
    Stream<DynamicTest> everyFormHandlerRefusesMalformedInputWithTheFieldNamed() {
        PortalFixtures.PortalPatient patient = PortalFixtures.activePatient(
                registry, invitations, patientAccounts, actor(CLINICIAN), "Sweep");
        long user = users.create(actor(ADMIN), new NewAccount("sweep-" + UUID.randomUUID().toString().substring(0, 8)
                + "@demo-clinic.example", "Sweep Target", Role.LAB_TECHNICIAN, "sweep-password-long-1")).id().value();
        Map<String, String> ids = Map.of("patientId", Long.toString(patient.id().value()), "user", Long.toString(user));
        List<Form> forms = forms();
        assertThat(forms).as("form handlers found").hasSizeGreaterThan(20);
        long patientsBefore = count("patient");
        return forms.stream().flatMap(form -> cases(form, ids, patient).stream())
                .map(c -> DynamicTest.dynamicTest(c.label(), () -> {
                    c.run();
                    assertThat(count("patient")).as("no patient saved by " + c.label()).isEqualTo(patientsBefore);
                }));
    }

    @Test
    void answersErrorRequestedDirectlyAsNoPage() throws Exception {
        assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/error").with(as(CLINICIAN))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    /** One malformed request and what must come back. */
    private record Case(String label, MockHttpServletRequestBuilder request, RequestPostProcessor user,
            String field, FormInputSweepIT test) {

        /**
         * Refused with a 4xx naming the field, or the form shown again (200) with the field's message on it, as
         * forms that take a BindingResult do.
         */
        void run() throws Exception {
            MvcResult result = test.mvc.perform(request.with(user).with(csrf())).andReturn();
            MockHttpServletResponse res = result.getResponse();
            if (res.getStatus() == 200) {
                String message = test.fieldMessage(result, field);
                assertThat(message).as(label + ": form shown again with a message for the field").isNotNull();
                assertThat(res.getContentAsString()).as(label + " shows the message")
                        .contains(HtmlUtils.htmlEscape(message));
                return;
            }
            assertThat(res.getStatus()).as(label + " status").isBetween(400, 499);
            assertThat(res.getContentAsString()).as(label + " names the field").contains(field);
        }
    }

    /** The message the form shows for the field, from the binding result the handler put in the model. */
    String fieldMessage(MvcResult result, String field) {
        if (result.getModelAndView() == null) {
            return null;
        }
        return result.getModelAndView().getModel().values().stream()
                .filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
                .map(b -> b.getFieldError(field)).filter(java.util.Objects::nonNull)
                .map(e -> messages.getMessage(e, Locale.ENGLISH)).findFirst().orElse(null);
    }

    private List<Case> cases(Form form, Map<String, String> ids, PortalFixtures.PortalPatient patient) {
        String path = form.pattern();
        for (String var : pathVariables(path)) {
            String key = var.equals("id") ? (path.startsWith("/admin/users") ? "user" : "patientId") : var;
            path = path.replace("{" + var + "}", ids.getOrDefault(key,
                    form.textPathVariables().contains(var) ? "NO-SUCH-1" : Long.toString(ABSENT)));
        }
        RequestPostProcessor user = path.startsWith("/portal/") ? asPatient(patient.id()) : as(userFor(path));
        List<Case> cases = new ArrayList<>();
        for (Field f : form.fields()) {
            if (f.typed()) {
                cases.add(new Case(form + " " + f.name() + "=abc", send(form, path, f, "abc"), user, f.name(),
                        this));
            }
            if (f.required()) {
                cases.add(new Case(form + " without " + f.name(), send(form, path, f, null), user, f.name(), this));
            }
            if (f.text()) {
                cases.add(new Case(form + " " + f.name() + " with NUL", send(form, path, f, NUL), user, f.name(),
                        this));
                cases.add(new Case(form + " " + f.name() + " over-long", send(form, path, f, OVER_LONG), user,
                        f.name(), this));
            }
        }
        // A NUL in a parameter the handler does not even bind is refused the same way.
        cases.add(new Case(form + " stray NUL parameter", send(form, path, null, null).param("stray", NUL), user,
                "stray", this));
        return cases;
    }

    /** Good values in every field but {@code tested}, which gets {@code value} (or is left out when null). */
    private static MockHttpServletRequestBuilder send(Form form, String path, Field tested, String value) {
        MockHttpServletRequestBuilder b = request(form.method(), path).contentType(
                MediaType.APPLICATION_FORM_URLENCODED);
        for (Field f : form.fields()) {
            if (f.equals(tested)) {
                if (value != null) {
                    b = b.param(f.name(), value);
                }
            } else {
                b = b.param(f.name(), f.goodValue());
            }
        }
        return b;
    }

    /** A user whose role may use pages under the path; clinicians for everything that is not another role's. */
    private static String userFor(String path) {
        if (path.startsWith("/admin/") || path.startsWith("/follow-up/instrument-sets")) {
            return ADMIN;
        }
        if (path.startsWith("/lab")) {
            return LAB;
        }
        if (path.startsWith("/directory/editor")) {
            return EDITOR;
        }
        return CLINICIAN;
    }

    private List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod m : writeMethods(info)) {
                    forms.add(new Form(HttpMethod.valueOf(m.name()), pattern, fields(handler),
                            textPathVariables(handler)));
                }
            }
        });
        forms.sort((a, b) -> a.toString().compareTo(b.toString()));
        return forms;
    }

    private static List<RequestMethod> writeMethods(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().stream()
                .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                .toList();
    }

    /** The request parameters and form-object properties the handler binds, as Spring's resolvers decide. */
    private List<Field> fields(HandlerMethod handler) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            HandlerMethodArgumentResolver resolver = resolverOf(p);
            if (resolver instanceof RequestParamMethodArgumentResolver && BeanUtils.isSimpleValueType(
                    p.nestedIfOptional().getNestedParameterType())) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                String name = rp != null && !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                boolean required = rp != null && rp.required() && rp.defaultValue().equals(
                        org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                        && p.getParameterType() != Optional.class;
                fields.putIfAbsent(name, new Field(name, p.nestedIfOptional().getNestedParameterType(), required));
            } else if (resolver instanceof ServletModelAttributeMethodProcessor) {
                formProperties(p.getParameterType()).forEach(f -> fields.putIfAbsent(f.name(), f));
            }
        }
        return List.copyOf(fields.values());
    }

    private static Set<String> textPathVariables(HandlerMethod handler) {
        Set<String> text = new java.util.HashSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable pv = p.getParameterAnnotation(PathVariable.class);
            if (pv != null && p.getParameterType() == String.class) {
                text.add(pv.name().isEmpty() ? p.getParameterName() : pv.name());
            }
        }
        return text;
    }

    private HandlerMethodArgumentResolver resolverOf(MethodParameter p) {
        return adapter.getArgumentResolvers().stream().filter(r -> r.supportsParameter(p)).findFirst()
                .orElse(null);
    }

    /** Simple-typed properties of a form object: a record's components, or a bean's writable properties. */
    private static List<Field> formProperties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> BeanUtils.isSimpleValueType(c.getType()))
                    .map(c -> new Field(c.getName(), c.getType(), false)).toList();
        }
        Constructor<?> ctor = BeanUtils.getResolvableConstructor(type);
        if (ctor.getParameterCount() > 0) {
            return Arrays.stream(ctor.getParameters()).filter(p -> BeanUtils.isSimpleValueType(p.getType()))
                    .map(FormInputSweepIT::field).toList();
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .filter(d -> d.getWriteMethod() != null && BeanUtils.isSimpleValueType(d.getPropertyType()))
                .map(FormInputSweepIT::field).toList();
    }

    private static Field field(PropertyDescriptor d) {
        return new Field(d.getName(), d.getPropertyType(), false);
    }

    private static Field field(Parameter p) {
        return new Field(p.getName(), p.getType(), false);
    }

    private static List<String> pathVariables(String pattern) {
        List<String> vars = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}/:]+)[^}]*}").matcher(pattern);
        while (m.find()) {
            vars.add(m.group(1));
        }
        return vars;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
