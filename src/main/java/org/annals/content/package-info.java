/** Reads the content folder and turns Markdown and YAML front matter into the model, with 1-based positions. */
package org.annals.content;
