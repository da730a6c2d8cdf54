/**
 * The {@code analyze} command: batch analysis of JSON lines from the application's own jar, without Spring
 * or a database. The main class hands {@code java -jar dandelion.jar analyze ...} to {@link AnalyzeCommand}
 * before Spring starts, which is why the package is a named interface of the module.
 */
@NullMarked
@NamedInterface("command")
package io.dandelion.analysis.command;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
