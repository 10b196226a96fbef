package org.annals.render;

/**
 * One output file produced by rendering.
 *
 * @param path site-relative file path, such as {@code papers/x/index.html}
 * @param content the file's text
 */
public record RenderedPage(String path, String content) {}
