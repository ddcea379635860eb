package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page shows a state in words ("Released", "In processing"), never its enum name ("RELEASED"): whatever a template
 * prints ({@code th:text}, {@code th:utext}, {@code [[…]]}, {@code [(…)]}) that is a state ({@code state()},
 * {@code productState()}, or the variable of a {@code th:each} over {@code states}) must go through
 * {@code label()} or {@code words()}. The enum name stays in CSS classes, ids and links, where no one reads it.
 */
class TemplateStatesTests {

    private static final Pattern PRINTED = Pattern.compile(
            "th:u?text=\"([^\"]*)\"|\\[\\[(.*?)]]|\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern STATE_LOOP = Pattern.compile("th:each=\"\\s*(\\w+)\\s*:\\s*\\$\\{\\w*[sS]tates}\"");

    @Test
    void noTemplatePrintsAStateByItsName() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            files.filter(p -> p.toString().endsWith(".html")).sorted()
                    .forEach(p -> offenders.addAll(statesPrintedByName(p.toString(), read(p))));
        }
        assertThat(offenders).as("templates printing a state's enum name instead of its label").isEmpty();
    }

    @Test
    void theScanFindsANamePrintedAndPassesALabel() {
        assertThat(statesPrintedByName("a", "<span th:text=\"${p.state().name()}\">RELEASED</span>")).hasSize(1);
        assertThat(statesPrintedByName("b", "<td th:text=\"|${e.productState()} · ${e.productId()}|\"></td>"))
                .hasSize(1);
        assertThat(statesPrintedByName("c", "<p>[[${product.state()}]]</p>")).hasSize(1);
        assertThat(statesPrintedByName("f", "<td th:text=\"${v.status().name()}\">DRAFT</td>")).hasSize(1);
        assertThat(statesPrintedByName("g", "<b th:text=\"${p.status().name() == 'ACTIVE'} ? 'Yes' : 'No'\"></b>"))
                .isEmpty();
        assertThat(statesPrintedByName("d", "<a th:each=\"s : ${states}\" th:href=\"@{/lab(state=${s.name()})}\""
                + " th:text=\"${s.name()}\">RELEASED</a>")).hasSize(1);
        assertThat(statesPrintedByName("e", "<a th:each=\"s : ${states}\" th:href=\"@{/lab(state=${s.name()})}\""
                + " th:classappend=\"${p.state().name()}\" th:text=\"${s.label()}\">Released</a>"
                + "<b th:text=\"${p.state().label()} + ', ' + ${p.state().words()}\"></b>")).isEmpty();
    }

    /** Each printed expression of {@code html} in which a state is not followed by {@code .label()}/{@code .words()}. */
    static List<String> statesPrintedByName(String file, String html) {
        List<String> loopVariables = new ArrayList<>();
        Matcher loops = STATE_LOOP.matcher(html);
        while (loops.find()) {
            loopVariables.add(loops.group(1));
        }
        String state = "(?:\\b\\w*[sS]tat(?:e|us)\\(\\)" + loopVariables.stream().map(v -> "|\\b" + v + "\\b(?!\\s*:)")
                .reduce("", String::concat) + ")";
        // A comparison (status().name() == 'ACTIVE') chooses what to print; it prints no name.
        Pattern unlabelled = Pattern.compile(state + "(?!\\.(?:label|words)\\(\\))(?!(?:\\.name\\(\\))?\\s*[=!]=)");
        List<String> out = new ArrayList<>();
        Matcher printed = PRINTED.matcher(html);
        while (printed.find()) {
            String expression = printed.group(1) != null ? printed.group(1)
                    : printed.group(2) != null ? printed.group(2) : printed.group(3);
            // Words in quotes ('… patient's …') are text, not expressions.
            if (unlabelled.matcher(expression.replaceAll("'[^']*'", "''")).find()) {
                out.add(file + ": " + expression.strip());
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
