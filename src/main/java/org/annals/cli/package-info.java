/** Thin Picocli commands: parse arguments, call one method, print diagnostics, return 0, 1 or 2. */
package org.annals.cli;
