package org.annals.search;

/**
 * An edge against the stage order, for the negative control of {@code StageDependencyTest}:
 * search must not use render, and here it does through a fully-qualified name.
 */
public final class BackwardEdge {
  private BackwardEdge() {}

  public static String renderedPageType() {
    return org.annals.render.RenderedPage.class.getName();
  }
}
