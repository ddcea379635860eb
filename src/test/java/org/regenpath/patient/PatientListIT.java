package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The patient list pages through a clinic of any size: 50 a page with "1–50 of 55", next and previous links
 * that keep the search and the order, four orders, and the same paging over JSON with the total in a header.
 */
class PatientListIT extends WebIT {

    private static final int PATIENTS = 55;

    @Autowired
    PatientRegistry registry;

    private static String family;
    private static String tag;

    /** Once for the class: the tests only read them. */
    @BeforeEach
    void registerFiftyFivePatientsOfOneFamily() {
        if (family != null) {
            return;
        }
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        tag = letters.toString();
        family = "Pager" + tag;
        for (int i = 0; i < PATIENTS; i++) {
            // MRNs and birthdays run against the order of registration, so that each sort gives its own order.
            registry.register(actor(CLINICIAN), new PatientDetails("PL-" + tag.toUpperCase() + "-" + (100 + i),
                    "Given" + (char) ('a' + i % 26) + (char) ('a' + i / 26), family,
                    LocalDate.of(1950, 1, 1).plusDays(PATIENTS - i), SexAtBirth.F, null, null, null));
        }
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/patients?" + query).with(as(CLINICIAN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void listsFiftyAPageAndSaysHowManyThereAre() throws Exception {
        String first = page("q=" + family);
        assertThat(first).contains("1–50 of 55 patients").contains("id=\"patients-next\"")
                .doesNotContain("id=\"patients-previous\"");
        assertThat(first.split("<tr>").length - 2).as("rows on page 1").isEqualTo(50);
        String next = first.replaceAll("(?s).*id=\"patients-next\" href=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("q=" + family).contains("page=1");

        String second = page(next.substring(next.indexOf('?') + 1));
        assertThat(second).contains("51–55 of 55 patients").contains("id=\"patients-previous\"")
                .doesNotContain("id=\"patients-next\"");
    }

    @Test
    void sortsByNameMrnBirthAndRegistrationBothWays() throws Exception {
        List<String> byMrn = mrns("sort=mrn&dir=asc");
        assertThat(byMrn).hasSize(PATIENTS).isSorted();
        assertThat(mrns("sort=mrn&dir=desc")).isEqualTo(reversed(byMrn));
        // Birthdays fall as MRNs rise; registration follows the MRNs.
        assertThat(mrns("sort=born&dir=desc")).isEqualTo(byMrn);
        assertThat(mrns("sort=registered")).isEqualTo(byMrn);
        assertThat(mrns("sort=registered&dir=desc")).isEqualTo(reversed(byMrn));
        assertThat(mrns("sort=name")).hasSize(PATIENTS).doesNotContainNull();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private List<String> mrns(String order) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/patients?q=" + family + "&" + order).with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse();
        return JsonPath.read(r.getContentAsString(), "$[*].mrn");
    }

    @Test
    void theApiPagesWithTheTotalInAHeaderAndLinksToTheNextPage() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/api/patients").param("q", family).param("size", "20")
                        .param("sort", "mrn").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20))
                .andReturn().getResponse();
        assertThat(first.getHeader("X-Total-Count")).isEqualTo("55");
        assertThat(first.getHeader("Link")).contains("rel=\"next\"").contains("page=1").contains("size=20")
                .contains("q=" + family).doesNotContain("rel=\"prev\"");
        MockHttpServletResponse last = mvc.perform(get("/api/patients").param("q", family).param("size", "20")
                        .param("page", "2").param("sort", "mrn").with(as(CLINICIAN)))
                .andExpect(jsonPath("$.length()").value(15))
                .andExpect(jsonPath("$[14].mrn").value("PL-" + tag.toUpperCase() + "-154"))
                .andReturn().getResponse();
        assertThat(last.getHeader("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        // A caller that sends no paging gets up to 200, as before paging existed, and the total.
        mvc.perform(get("/api/patients").param("q", family).with(as(CLINICIAN)))
                .andExpect(jsonPath("$.length()").value(PATIENTS));
    }

    @Test
    void refusesAPageSizeOver200ANegativePageAndAnUnknownSortNamingTheField() throws Exception {
        mvc.perform(get("/api/patients").param("size", "201").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").isNotEmpty());
        mvc.perform(get("/api/patients").param("size", "0").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").isNotEmpty());
        mvc.perform(get("/api/patients").param("page", "-1").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.page").isNotEmpty());
        mvc.perform(get("/api/patients").param("sort", "ssn").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sort").isNotEmpty());
        mvc.perform(get("/api/patients").param("page", "x").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void showsWhereANewlyRegisteredPatientStands() throws Exception {
        String html = page("q=" + family + "&sort=mrn");
        assertThat(html).contains("Registered").contains("Candidacy screening");
    }
}
