package io.dandelion.platform.web;

import io.dandelion.organisation.Permission;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the main navigation, contributed by a module as a bean. It is shown to callers who
 * hold {@code permission} on at least one unit (always, when the permission is null).
 */
public record NavigationItem(String label, String path, int order, @Nullable Permission permission) {
}
