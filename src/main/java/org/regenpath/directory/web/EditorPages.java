package org.regenpath.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.regenpath.directory.DirectoryEditing;
import org.regenpath.directory.DirectoryListings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory editor's pages: listings awaiting verification, one listing with its claims to verify, and
 * publishing or withdrawing it. Directory editors only; every step audited by {@link DirectoryEditing}.
 */
@Controller
class EditorPages {

    private final DirectoryEditing editing;
    private final DirectoryListings listings;
    private final Clock clock;

    EditorPages(DirectoryEditing editing, DirectoryListings listings, Clock clock) {
        this.editing = editing;
        this.listings = listings;
        this.clock = clock;
    }

    @GetMapping("/directory/editor")
    String awaiting(Actor actor, Model model) {
        model.addAttribute("listings", editing.awaiting(actor));
        return "directory/editor-list";
    }

    @GetMapping("/directory/editor/listings/{id}")
    String listing(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("listing", editing.listing(actor, id));
        model.addAttribute("names", (ConditionNames) listings::conditionName);
        if (!model.containsAttribute("lookedUpOn")) {
            model.addAttribute("lookedUpOn", LocalDate.now(clock).toString());
        }
        return "directory/editor-listing";
    }

    @PostMapping("/directory/editor/listings/{id}/claims/{claimId}/verify")
    String verify(Actor actor, @PathVariable long id, @PathVariable long claimId,
            @RequestParam(required = false) String lookedUpOn, Model model, RedirectAttributes flash) {
        try {
            LocalDate day = lookedUpOn == null || lookedUpOn.isBlank() ? null : LocalDate.parse(lookedUpOn.strip());
            editing.verifyClaim(actor, id, claimId, day);
            flash.addFlashAttribute("saved", "The claim is marked verified, in your name, today.");
            return "redirect:/directory/editor/listings/" + id;
        } catch (DateTimeParseException | InvalidInput e) {
            model.addAttribute("error", e instanceof InvalidInput i ? i.fieldErrors().get("lookedUpOn")
                    : "Give the day as a date, such as 2026-12-07.");
            model.addAttribute("errorClaim", claimId);
            model.addAttribute("lookedUpOn", lookedUpOn);
            return listing(actor, id, model);
        }
    }

    @PostMapping("/directory/editor/listings/{id}/publish")
    String publish(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        editing.publish(actor, id, true);
        flash.addFlashAttribute("saved", "Published: the listing is on the public pages.");
        return "redirect:/directory/editor/listings/" + id;
    }

    @PostMapping("/directory/editor/listings/{id}/unpublish")
    String unpublish(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        editing.publish(actor, id, false);
        flash.addFlashAttribute("saved", "Withdrawn: the listing is no longer on the public pages.");
        return "redirect:/directory/editor/listings/" + id;
    }
}
