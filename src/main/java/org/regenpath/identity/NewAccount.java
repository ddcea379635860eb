package org.regenpath.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regenpath.shared.Role;

/**
 * What an admin enters to create an account. Passwords follow OWASP ASVS 2.1.1/2.1.2: 12 to 128 characters.
 */
public record NewAccount(
        @NotBlank(message = "Enter the e-mail address") @Email(message = "Enter a valid e-mail address")
                @Size(max = 254, message = "At most 254 characters")
                String email,
        @NotBlank(message = "Enter the name") @Size(max = 200, message = "At most 200 characters")
                String displayName,
        @NotNull(message = "Choose a role") Role role,
        @NotBlank(message = "Enter a password")
                @Size(min = 12, max = 128, message = "Use 12 to 128 characters")
                String password) {}
