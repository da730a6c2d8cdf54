/** What every workspace page shares: texts in the reader's language and the language switch. */
@NullMarked
package io.dandelion.workspace.web;

import org.jspecify.annotations.NullMarked;
