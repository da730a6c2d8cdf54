/** The conversations' REST API and pages: lists that refresh themselves, and threads. */
@NullMarked
package io.dandelion.conversations.web;

import org.jspecify.annotations.NullMarked;
