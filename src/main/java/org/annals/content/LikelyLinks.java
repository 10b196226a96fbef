package org.annals.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's autolinking of bare web and e-mail addresses, run only where one can be: the
 * extension searches every run of text with a regular expression, which was a twentieth of a
 * build's time. A web address has {@code ://} or starts with {@code www.}, an e-mail address has
 * {@code @}; text whose block has none of them is left as it is, as the extension would leave it.
 */
final class LikelyLinks implements Parser.ParserExtension {
  private LikelyLinks() {}

  static LikelyLinks create() {
    return new LikelyLinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Whether a text may hold an address the extension links. */
  static boolean mayHoldLink(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        return true;
      }
      if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
      if ((c == 'w' || c == 'W') && i + 3 < n && (text.charAt(i + 1) | 0x20) == 'w'
          && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
        return true;
      }
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @NotNull
    @Override
    public NodePostProcessor apply(@NotNull Document document) {
      AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        private Node lastParent;
        private boolean lastLikely;

        @Override
        public void process(@NotNull NodeTracker state, @NotNull Node node) {
          // The extension looks at a text and the texts after it in the same parent: the parent's
          // text holds all it can see.
          Node parent = node.getParent();
          if (parent != lastParent) {
            lastParent = parent;
            lastLikely = parent == null || mayHoldLink(parent.getChars());
          }
          if (lastLikely) {
            autolink.process(state, node);
          }
        }
      };
    }
  }
}
