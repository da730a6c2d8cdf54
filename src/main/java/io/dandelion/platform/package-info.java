/**
 * Cross-cutting set-up shared by every module: the database (embedded or external PostgreSQL),
 * security (sign-in, CSRF, API tokens), and the web shell (layout, navigation, error pages).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.dandelion.platform;

import org.jspecify.annotations.NullMarked;
