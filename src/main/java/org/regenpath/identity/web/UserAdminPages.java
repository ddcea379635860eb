package org.regenpath.identity.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.StaffAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clinic admins manage their clinic's user accounts. */
@Controller
class UserAdminPages {

    private final UserAccounts accounts;
    private final Validator validator;
    private final Clock clock;

    UserAdminPages(UserAccounts accounts, Validator validator, Clock clock) {
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return Role.staff();
    }

    @GetMapping("/admin/users")
    String list(Actor actor, Model model) {
        model.addAttribute("users", accounts.list(actor));
        model.addAttribute("now", Instant.now(clock));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm());
        }
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(
            Actor actor, @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
            RedirectAttributes flash) {
        NewAccount account = new NewAccount(form.getEmail(), form.getDisplayName(), form.getRole(),
                form.getPassword());
        for (ConstraintViolation<NewAccount> v : validator.validate(account)) {
            if (!binding.hasFieldErrors(v.getPropertyPath().toString())) {
                binding.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage());
            }
        }
        if (!binding.hasErrors()) {
            try {
                StaffAccount created = accounts.create(actor, account);
                flash.addFlashAttribute("saved", "Account " + created.email() + " created.");
                return "redirect:/admin/users";
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
            } catch (Conflict e) {
                binding.rejectValue(e.field(), "conflict", e.getMessage());
            }
        }
        form.setPassword(null);
        return list(actor, model);
    }

    @GetMapping("/admin/users/{id}")
    String edit(Actor actor, @PathVariable("id") long id, Model model) {
        StaffAccount account = accounts.get(actor, new UserId(id));
        AccountForm form = new AccountForm();
        form.setDisplayName(account.displayName());
        form.setRole(account.role());
        form.setEnabled(account.enabled());
        form.setVersion(account.version());
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("locked", account.lockedAt(Instant.now(clock)));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(
            Actor actor, @PathVariable("id") long id, @ModelAttribute("form") AccountForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        // A field that could not be read (version=abc) must not be saved as its default.
        if (!binding.hasErrors()) {
            try {
                accounts.update(actor, new UserId(id), form.getDisplayName(), form.getRole(), form.isEnabled(),
                        form.getVersion());
                flash.addFlashAttribute("saved", "Account updated.");
                return "redirect:/admin/users";
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> binding.rejectValue(f, "invalid", m));
            } catch (Conflict e) {
                binding.reject("conflict", e.getMessage());
            }
        }
        StaffAccount account = accounts.get(actor, new UserId(id));
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedAt(Instant.now(clock)));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(Actor actor, @PathVariable("id") long id, RedirectAttributes flash) {
        accounts.unlock(actor, new UserId(id));
        flash.addFlashAttribute("saved", "Account unlocked.");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            Actor actor, @PathVariable("id") long id, @RequestParam("password") String password,
            RedirectAttributes flash) {
        try {
            accounts.resetPassword(actor, new UserId(id), password);
            flash.addFlashAttribute("saved", "Password reset. Tell the user through a safe channel;"
                    + " they must choose a new one when they next sign in.");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("passwordError", e.fieldErrors().get("password"));
        }
        return "redirect:/admin/users/" + id;
    }
}
