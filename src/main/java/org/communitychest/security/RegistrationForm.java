package org.communitychest.security;

/** What a community group member types to make an account. */
public record RegistrationForm(String name, String email, String password, String confirmPassword) {
}
