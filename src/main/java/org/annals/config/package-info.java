/** Loads {@code content/site.yaml}, applies defaults and command-line overrides, and validates once. */
package org.annals.config;
