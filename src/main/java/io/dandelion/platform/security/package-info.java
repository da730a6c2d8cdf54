/** Authentication of people and integrations, and the filter chains that guard every path. */
@NullMarked
package io.dandelion.platform.security;

import org.jspecify.annotations.NullMarked;
