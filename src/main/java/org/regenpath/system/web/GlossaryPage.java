package org.regenpath.system.web;

import org.regenpath.system.Glossary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary page: every term, its plain-words meaning and its source; each term has its own anchor. */
@Controller
class GlossaryPage {

    private final Glossary glossary;

    GlossaryPage(Glossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/help/glossary")
    String glossary(Model model) {
        model.addAttribute("entries", glossary.entries());
        return "help/glossary";
    }
}
