/** The web shell: layout model, navigation contributed by modules, sign-in and home pages. */
@NullMarked
package io.dandelion.platform.web;

import org.jspecify.annotations.NullMarked;
