/** What the organisation's admin pages show; the pages themselves live in the module's package. */
@NullMarked
package io.dandelion.organisation.web;

import org.jspecify.annotations.NullMarked;
