/**
 * Markdown to HTML (CommonMark), the allow-list sanitiser every page goes through, and the read-only
 * inspections the compliance checks are built on. Free of Spring; internal to the sites module.
 */
@NullMarked
package io.dandelion.sites.html;

import org.jspecify.annotations.NullMarked;
