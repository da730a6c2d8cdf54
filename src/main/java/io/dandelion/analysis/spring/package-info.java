/**
 * Spring wiring of the analysis module: the server's {@link io.dandelion.analysis.Analyzer} bean, fed with
 * the organisation's languages.
 */
@NullMarked
package io.dandelion.analysis.spring;

import org.jspecify.annotations.NullMarked;
