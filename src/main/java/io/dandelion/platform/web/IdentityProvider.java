package io.dandelion.platform.web;

/** An organisation's OpenID Connect provider offered on the sign-in page, and where its sign-in starts. */
public record IdentityProvider(String name, String path) {
}
