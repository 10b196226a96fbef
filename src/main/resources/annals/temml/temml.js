function _defineAccessor(e, r, n, t) { var c = { configurable: !0, enumerable: !0 }; return c[e] = t, Object.defineProperty(r, n, c); }
function _callSpread(a, e, l) { return a.apply(e, l); }
function _createForOfIteratorHelperLoose(r, e) { var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"]; if (t) return (t = t.call(r)).next.bind(t); if (Array.isArray(r) || (t = _unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) { t && (r = t); var o = 0; return function () { return o >= r.length ? { done: !0 } : { done: !1, value: r[o++] }; }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); }
function _unsupportedIterableToArray(r, a) { if (r) { if ("string" == typeof r) return _arrayLikeToArray(r, a); var t = {}.toString.call(r).slice(8, -1); return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0; } }
function _arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }
function _readOnlyError(r) { throw new TypeError('"' + r + '" is read-only'); }
var temml = function () {
  'use strict';

  /**
   * This is the ParseError class, which is the main error thrown by Temml
   * functions when something has gone wrong. This is used to distinguish internal
   * errors from errors in the expression that the user provided.
   *
   * If possible, a caller should provide a Token or ParseNode with information
   * about where in the source string the problem occurred.
   */
  var ParseError = function ParseError(message,
  // The error message
  token // An object providing position information
  ) {
    var error = " " + message;
    var start;
    var loc = token && token.loc;
    if (loc && loc.start <= loc.end) {
      // If we have the input and a position, make the error a bit fancier

      // Get the input
      var input = loc.lexer.input;

      // Prepend some information
      start = loc.start;
      var end = loc.end;
      if (start === input.length) {
        error += " at end of input: ";
      } else {
        error += " at position " + (start + 1) + ": \n";
      }

      // Underline token in question using combining underscores
      var underlined = input.slice(start, end).replace(/[^]/g, "$&\u0332");

      // Extract some context from the input and add it to the error
      var left;
      if (start > 15) {
        left = "…" + input.slice(start - 15, start);
      } else {
        left = input.slice(0, start);
      }
      var right;
      if (end + 15 < input.length) {
        right = input.slice(end, end + 15) + "…";
      } else {
        right = input.slice(end);
      }
      error += left + underlined + right;
    }

    // Some hackery to make ParseError a prototype of Error
    // See http://stackoverflow.com/a/8460753
    var self = new Error(error);
    self.name = "ParseError";
    self.__proto__ = ParseError.prototype;
    self.position = start;
    return self;
  };
  ParseError.prototype.__proto__ = Error.prototype;

  //
  /**
   * This file contains a list of utility functions which are useful in other
   * files.
   */

  /**
   * Look up `key` on a user-supplied `options` object and return its value, or
   * `defaultIfUndefined` if the setting is absent. Reads via
   * `Object.prototype.hasOwnProperty.call` rather than plain property access,
   * so a key that only exists because `Object.prototype` was polluted
   * elsewhere is never mistaken for a setting the caller actually provided.
   */
  var deflt = function deflt(options, key, defaultIfUndefined) {
    if (!Object.prototype.hasOwnProperty.call(options, key)) {
      return defaultIfUndefined;
    }
    var setting = options[key];
    return setting === undefined ? defaultIfUndefined : setting;
  };

  // hyphenate and escape adapted from Facebook's React under Apache 2 license

  var uppercase = /([A-Z])/g;
  var hyphenate = function hyphenate(str) {
    return str.replace(uppercase, "-$1").toLowerCase();
  };
  var ESCAPE_LOOKUP = {
    "&": "&amp;",
    ">": "&gt;",
    "<": "&lt;",
    '"': "&quot;",
    "'": "&#x27;"
  };
  var ESCAPE_REGEX = /[&><"']/g;

  /**
   * Escapes text to prevent scripting attacks.
   */
  function escape(text) {
    return String(text).replace(ESCAPE_REGEX, function (match) {
      return ESCAPE_LOOKUP[match];
    });
  }

  /**
   * Sometimes we want to pull out the innermost element of a group. In most
   * cases, this will just be the group itself, but when ordgroups and colors have
   * a single element, we want to pull that out.
   */
  var _getBaseElem = function getBaseElem(group) {
    if (group.type === "ordgroup") {
      if (group.body.length === 1) {
        return _getBaseElem(group.body[0]);
      } else {
        return group;
      }
    } else if (group.type === "color") {
      if (group.body.length === 1) {
        return _getBaseElem(group.body[0]);
      } else {
        return group;
      }
    } else if (group.type === "font") {
      return _getBaseElem(group.body);
    } else {
      return group;
    }
  };

  /**
   * TeXbook algorithms often reference "character boxes", which are simply groups
   * with a single character in them. To decide if something is a character box,
   * we find its innermost group, and see if it is a single character.
   */
  var isCharacterBox = function isCharacterBox(group) {
    var baseElem = _getBaseElem(group);

    // These are all the types of groups which hold single characters
    return baseElem.type === "mathord" || baseElem.type === "textord" || baseElem.type === "atom";
  };
  var assert = function assert(value) {
    if (!value) {
      throw new Error("Expected non-null, but got " + String(value));
    }
    return value;
  };

  /**
   * Return the protocol of a URL, or "_relative" if the URL does not specify a
   * protocol (and thus is relative), or `null` if URL has invalid protocol
   * (so should be outright rejected).
   */
  var protocolFromUrl = function protocolFromUrl(url) {
    // Check for possible leading protocol.
    // https://url.spec.whatwg.org/#url-parsing strips leading whitespace
    // (\x00) or C0 control (\x00-\x1F) characters.
    // eslint-disable-next-line no-control-regex
    var protocol = /^[\x00-\x20]*([^\\/#?]*?)(:|&#0*58|&#x0*3a|&colon)/i.exec(url);
    if (!protocol) {
      return "_relative";
    }
    // Reject weird colons
    if (protocol[2] !== ":") {
      return null;
    }
    // Reject invalid characters in scheme according to
    // https://datatracker.ietf.org/doc/html/rfc3986#section-3.1
    if (!/^[a-zA-Z][a-zA-Z0-9+\-.]*$/.test(protocol[1])) {
      return null;
    }
    // Lowercase the protocol
    return protocol[1].toLowerCase();
  };

  /**
   * Round `n` to 4 decimal places, or to the nearest 1/10,000th em. The TeXbook
   * gives an acceptable rounding error of 100sp (which would be the nearest
   * 1/6551.6em with our ptPerEm = 10):
   * http://www.ctex.org/documents/shredder/src/texbook.pdf#page=69
   */
  var round = function round(n) {
    return +n.toFixed(4);
  };

  // Identify short letters. Used for accents and \cancelto.
  var smalls = "acegıȷmnopqrsuvwxyzαγεηικμνοπρςστυχωϕ𝐚𝐜𝐞𝐠𝐦𝐧𝐨𝐩𝐪𝐫𝐬𝐮𝐯𝐰𝐱𝐲𝐳";

  /**
   * This is a module for storing settings passed into Temml. It correctly handles
   * default settings.
   */

  var FORBIDDEN_MACRO_KEYS = ["__proto__", "prototype", "constructor"];

  // Sanitize a user-supplied macros object: strip its prototype (so later
  // bracket-notation writes, e.g. from \gdef, can never reach Object.prototype)
  // and delete any own key that could be used to pollute it. This mutates
  // `macros` in place and returns the same reference, rather than a copy,
  // because callers such as auto-render.js rely on that identity to share
  // \gdef'd macros across multiple render calls that pass the same options
  // object.
  var sanitizeMacros = function sanitizeMacros(macros) {
    if (macros == null || typeof macros !== "object") {
      return Object.create(null);
    }
    for (var _i = 0, _FORBIDDEN_MACRO_KEYS = FORBIDDEN_MACRO_KEYS; _i < _FORBIDDEN_MACRO_KEYS.length; _i++) {
      var key = _FORBIDDEN_MACRO_KEYS[_i];
      if (Object.prototype.hasOwnProperty.call(macros, key)) {
        delete macros[key];
      }
    }
    return Object.setPrototypeOf(macros, null);
  };

  /**
   * The main Settings object
   */
  var Settings = /*#__PURE__*/function () {
    function Settings(options) {
      // allow null options
      options = options || {};
      this.displayMode = deflt(options, "displayMode", false); // boolean
      this.annotate = deflt(options, "annotate", false); // boolean
      this.leqno = deflt(options, "leqno", false); // boolean
      this.throwOnError = deflt(options, "throwOnError", false); // boolean
      this.errorColor = deflt(options, "errorColor", "#b22222"); // string
      this.macros = sanitizeMacros(Object.prototype.hasOwnProperty.call(options, "macros") ? options.macros : undefined);
      this.wrap = deflt(options, "wrap", "none"); // "none" | "tex" | "="
      this.xml = deflt(options, "xml", false); // boolean
      this.colorIsTextColor = deflt(options, "colorIsTextColor", false); // boolean
      this.strict = deflt(options, "strict", false); // boolean
      this.trust = deflt(options, "trust", false); // trust context. See html.js.
      var maxSize = Object.prototype.hasOwnProperty.call(options, "maxSize") ? options.maxSize : undefined;
      this.maxSize = maxSize === undefined ? [Infinity, Infinity] : Array.isArray(maxSize) ? maxSize : [Infinity, Infinity];
      this.maxExpand = Math.max(0, deflt(options, "maxExpand", 1000)); // number
      this.wrapDelimiterPairs = true; // boolean
    }

    /**
     * Check whether to test potentially dangerous input, and return
     * `true` (trusted) or `false` (untrusted).  The sole argument `context`
     * should be an object with `command` field specifying the relevant LaTeX
     * command (as a string starting with `\`), and any other arguments, etc.
     * If `context` has a `url` field, a `protocol` field will automatically
     * get added by this function (changing the specified object).
     */
    var _proto = Settings.prototype;
    _proto.isTrusted = function isTrusted(context) {
      if (context.url && !context.protocol) {
        var protocol = protocolFromUrl(context.url);
        if (protocol == null) {
          return false;
        }
        context.protocol = protocol;
      }
      var trust = typeof this.trust === "function" ? this.trust(context) : this.trust;
      return Boolean(trust);
    };
    return Settings;
  }();
  /**
   * All registered functions.
   * `functions.js` just exports this same dictionary again and makes it public.
   * `Parser.js` requires this dictionary.
   */
  var _functions = {};

  /**
   * All MathML builders. Should be only used in the `define*` and the `build*ML`
   * functions.
   */
  var _mathmlGroupBuilders = {};
  function defineFunction(_ref) {
    var type = _ref.type,
      names = _ref.names,
      props = _ref.props,
      handler = _ref.handler,
      mathmlBuilder = _ref.mathmlBuilder;
    // Set default values of functions
    var data = {
      type: type,
      numArgs: props.numArgs,
      argTypes: props.argTypes,
      allowedInArgument: !!props.allowedInArgument,
      allowedInText: !!props.allowedInText,
      allowedInMath: props.allowedInMath === undefined ? true : props.allowedInMath,
      numOptionalArgs: props.numOptionalArgs || 0,
      infix: !!props.infix,
      primitive: !!props.primitive,
      handler: handler
    };
    for (var i = 0; i < names.length; ++i) {
      _functions[names[i]] = data;
    }
    if (type) {
      if (mathmlBuilder) {
        _mathmlGroupBuilders[type] = mathmlBuilder;
      }
    }
  }

  /**
   * Use this to register only the MathML builder for a function(e.g.
   * if the function's ParseNode is generated in Parser.js rather than via a
   * stand-alone handler provided to `defineFunction`).
   */
  function defineFunctionBuilders(_ref2) {
    var type = _ref2.type,
      mathmlBuilder = _ref2.mathmlBuilder;
    defineFunction({
      type: type,
      names: [],
      props: {
        numArgs: 0
      },
      handler: function handler() {
        throw new Error("Should never be called.");
      },
      mathmlBuilder: mathmlBuilder
    });
  }
  var normalizeArgument = function normalizeArgument(arg) {
    return arg.type === "ordgroup" && arg.body.length === 1 ? arg.body[0] : arg;
  };

  // Since the corresponding buildMathML function expects a
  // list of elements, we normalize for different kinds of arguments
  var ordargument = function ordargument(arg) {
    return arg.type === "ordgroup" ? arg.body : [arg];
  };

  /**
   * This node represents a document fragment, which contains elements, but when
   * placed into the DOM doesn't have any representation itself. It only contains
   * children and doesn't have any DOM node properties.
   */
  var DocumentFragment = /*#__PURE__*/function () {
    function DocumentFragment(children) {
      this.children = children;
      this.classes = [];
      this.style = {};
    }
    var _proto2 = DocumentFragment.prototype;
    _proto2.hasClass = function hasClass(className) {
      return this.classes.includes(className);
    }

    /** Convert the fragment into a node. */;
    _proto2.toNode = function toNode() {
      var frag = document.createDocumentFragment();
      for (var i = 0; i < this.children.length; i++) {
        frag.appendChild(this.children[i].toNode());
      }
      return frag;
    }

    /** Convert the fragment into HTML markup. */;
    _proto2.toMarkup = function toMarkup() {
      var markup = "";

      // Simply concatenate the markup for the children together.
      for (var i = 0; i < this.children.length; i++) {
        markup += this.children[i].toMarkup();
      }
      return markup;
    }

    /**
     * Converts the math node into a string, similar to innerText. Applies to
     * MathDomNode's only.
     */;
    _proto2.toText = function toText() {
      // To avoid this, we would subclass documentFragment separately for
      // MathML, but polyfills for subclassing is expensive per PR 1469.
      var toText = function toText(child) {
        return child.toText();
      };
      return this.children.map(toText).join("");
    };
    return DocumentFragment;
  }();
  /**
   * These objects store the data about the DOM nodes we create, as well as some
   * extra data. They can then be transformed into real DOM nodes with the
   * `toNode` function or HTML markup using `toMarkup`. They are useful for both
   * storing extra properties on the nodes, as well as providing a way to easily
   * work with the DOM.
   *
   * Similar functions for working with MathML nodes exist in mathMLTree.js.
   *
   */
  /**
   * Create an HTML className based on a list of classes. In addition to joining
   * with spaces, we also remove empty classes.
   */
  var createClass = function createClass(classes) {
    return classes.filter(function (cls) {
      return cls;
    }).join(" ");
  };
  var initNode = function initNode(classes, style) {
    this.classes = classes || [];
    this.attributes = {};
    this.style = style || {};
  };

  /**
   * Convert into an HTML node
   */
  var _toNode = function toNode(tagName) {
    var node = document.createElement(tagName);

    // Apply the class
    node.className = createClass(this.classes);

    // Apply inline styles
    for (var style in this.style) {
      if (Object.prototype.hasOwnProperty.call(this.style, style)) {
        node.style[style] = this.style[style];
      }
    }

    // Apply attributes
    for (var attr in this.attributes) {
      if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
        node.setAttribute(attr, this.attributes[attr]);
      }
    }

    // Append the children, also as HTML nodes
    for (var i = 0; i < this.children.length; i++) {
      node.appendChild(this.children[i].toNode());
    }
    return node;
  };

  /**
   * Convert into an HTML markup string
   */
  var _toMarkup = function toMarkup(tagName) {
    var markup = "<" + tagName;

    // Add the class
    if (this.classes.length) {
      markup += " class=\"" + escape(createClass(this.classes)) + "\"";
    }
    var styles = "";

    // Add the styles, after hyphenation
    for (var style in this.style) {
      if (Object.prototype.hasOwnProperty.call(this.style, style)) {
        styles += hyphenate(style) + ":" + this.style[style] + ";";
      }
    }
    if (styles) {
      markup += " style=\"" + styles + "\"";
    }

    // Add the attributes
    for (var attr in this.attributes) {
      if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
        markup += " " + attr + "=\"" + escape(this.attributes[attr]) + "\"";
      }
    }
    markup += ">";

    // Add the markup of the children, also as markup
    for (var i = 0; i < this.children.length; i++) {
      markup += this.children[i].toMarkup();
    }
    markup += "</" + tagName + ">";
    return markup;
  };

  /**
   * This node represents a span node, with a className, a list of children, and
   * an inline style.
   *
   */
  var Span = /*#__PURE__*/function () {
    function Span(classes, children, style) {
      initNode.call(this, classes, style);
      this.children = children || [];
    }
    var _proto3 = Span.prototype;
    _proto3.setAttribute = function setAttribute(attribute, value) {
      this.attributes[attribute] = value;
    };
    _proto3.toNode = function toNode() {
      return _toNode.call(this, "span");
    };
    _proto3.toMarkup = function toMarkup() {
      return _toMarkup.call(this, "span");
    };
    return Span;
  }();
  var TextNode$1 = /*#__PURE__*/function () {
    function TextNode(text) {
      this.text = text;
    }
    var _proto4 = TextNode.prototype;
    _proto4.toNode = function toNode() {
      return document.createTextNode(this.text);
    };
    _proto4.toMarkup = function toMarkup() {
      return escape(this.text);
    };
    return TextNode;
  }();

  // Create an <a href="…"> node.
  var AnchorNode = /*#__PURE__*/function () {
    function AnchorNode(href, classes, children) {
      this.href = href;
      this.classes = classes;
      this.children = children || [];
    }
    var _proto5 = AnchorNode.prototype;
    _proto5.toNode = function toNode() {
      var node = document.createElement("a");
      node.setAttribute("href", this.href);
      if (this.classes.length > 0) {
        node.className = createClass(this.classes);
      }
      for (var i = 0; i < this.children.length; i++) {
        node.appendChild(this.children[i].toNode());
      }
      return node;
    };
    _proto5.toMarkup = function toMarkup() {
      var markup = "<a href='" + escape(this.href) + "'";
      if (this.classes.length > 0) {
        markup += " class=\"" + escape(createClass(this.classes)) + "\"";
      }
      markup += ">";
      for (var i = 0; i < this.children.length; i++) {
        markup += this.children[i].toMarkup();
      }
      markup += "</a>";
      return markup;
    };
    return AnchorNode;
  }();
  /*
   * This node represents an image embed (<img>) element.
   */
  var Img = /*#__PURE__*/function () {
    function Img(src, alt, style) {
      this.alt = alt;
      this.src = src;
      this.classes = ["mord"];
      this.style = style;
    }
    var _proto6 = Img.prototype;
    _proto6.hasClass = function hasClass(className) {
      return this.classes.includes(className);
    };
    _proto6.toNode = function toNode() {
      var node = document.createElement("img");
      node.src = this.src;
      node.alt = this.alt;
      node.className = "mord";

      // Apply inline styles
      for (var style in this.style) {
        if (Object.prototype.hasOwnProperty.call(this.style, style)) {
          node.style[style] = this.style[style];
        }
      }
      return node;
    };
    _proto6.toMarkup = function toMarkup() {
      var markup = "<img src='" + this.src + "' alt='" + this.alt + "'";

      // Add the styles, after hyphenation
      var styles = "";
      for (var style in this.style) {
        if (Object.prototype.hasOwnProperty.call(this.style, style)) {
          styles += hyphenate(style) + ":" + this.style[style] + ";";
        }
      }
      if (styles) {
        markup += " style=\"" + escape(styles) + "\"";
      }
      markup += ">";
      return markup;
    };
    return Img;
  }(); //
  /**
   * These objects store data about MathML nodes.
   * The `toNode` and `toMarkup` functions  create namespaced DOM nodes and
   * HTML text markup respectively.
   */
  function newDocumentFragment(children) {
    return new DocumentFragment(children);
  }

  /**
   * This node represents a general purpose MathML node of any type,
   * for example, `"mo"` or `"mspace"`, corresponding to `<mo>` and
   * `<mspace>` tags).
   */
  var MathNode = /*#__PURE__*/function () {
    function MathNode(type, children, classes, style) {
      this.type = type;
      this.attributes = {};
      this.children = children || [];
      this.classes = classes || [];
      this.style = style || {}; // Used for <mstyle> elements
      this.label = "";
    }

    /**
     * Sets an attribute on a MathML node. MathML depends on attributes to convey a
     * semantic content, so this is used heavily.
     */
    var _proto7 = MathNode.prototype;
    _proto7.setAttribute = function setAttribute(name, value) {
      this.attributes[name] = value;
    }

    /**
     * Gets an attribute on a MathML node.
     */;
    _proto7.getAttribute = function getAttribute(name) {
      return this.attributes[name];
    };
    _proto7.setLabel = function setLabel(value) {
      this.label = value;
    }

    /**
     * Converts the math node into a MathML-namespaced DOM element.
     */;
    _proto7.toNode = function toNode() {
      var node = document.createElementNS("http://www.w3.org/1998/Math/MathML", this.type);
      for (var attr in this.attributes) {
        if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
          node.setAttribute(attr, this.attributes[attr]);
        }
      }
      if (this.classes.length > 0) {
        node.className = createClass(this.classes);
      }

      // Apply inline styles
      for (var style in this.style) {
        if (Object.prototype.hasOwnProperty.call(this.style, style)) {
          node.style[style] = this.style[style];
        }
      }
      for (var i = 0; i < this.children.length; i++) {
        node.appendChild(this.children[i].toNode());
      }
      return node;
    }

    /**
     * Converts the math node into an HTML markup string.
     */;
    _proto7.toMarkup = function toMarkup() {
      var markup = "<" + this.type;

      // Add the attributes
      for (var attr in this.attributes) {
        if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
          markup += " " + attr + '="';
          markup += escape(this.attributes[attr]);
          markup += '"';
        }
      }
      if (this.classes.length > 0) {
        markup += " class=\"" + escape(createClass(this.classes)) + "\"";
      }
      var styles = "";

      // Add the styles, after hyphenation
      for (var style in this.style) {
        if (Object.prototype.hasOwnProperty.call(this.style, style)) {
          styles += hyphenate(style) + ":" + this.style[style] + ";";
        }
      }
      if (styles) {
        markup += " style=\"" + styles + "\"";
      }
      markup += ">";
      for (var i = 0; i < this.children.length; i++) {
        markup += this.children[i].toMarkup();
      }
      markup += "</" + this.type + ">";
      return markup;
    }

    /**
     * Converts the math node into a string, similar to innerText, but escaped.
     */;
    _proto7.toText = function toText() {
      return this.children.map(function (child) {
        return child.toText();
      }).join("");
    };
    return MathNode;
  }();
  /**
   * This node represents a piece of text.
   */
  var TextNode = /*#__PURE__*/function () {
    function TextNode(text) {
      this.text = text;
    }

    /**
     * Converts the text node into a DOM text node.
     */
    var _proto8 = TextNode.prototype;
    _proto8.toNode = function toNode() {
      return document.createTextNode(this.text);
    }

    /**
     * Converts the text node into escaped HTML markup
     * (representing the text itself).
     */;
    _proto8.toMarkup = function toMarkup() {
      return escape(this.toText());
    }

    /**
     * Converts the text node into a string
     * (representing the text itself).
     */;
    _proto8.toText = function toText() {
      return this.text;
    };
    return TextNode;
  }(); // Do not make an <mrow> the only child of a <mstyle>.
  // An <mstyle> acts as its own implicit <mrow>.
  var wrapWithMstyle = function wrapWithMstyle(expression) {
    var node;
    if (expression.length === 1 && expression[0].type === "mrow") {
      node = expression.pop();
      node.type = "mstyle";
    } else {
      node = new MathNode("mstyle", expression);
    }
    return node;
  };

  /**
   * This file provides support for building horizontal stretchy elements.
   */

  // TODO: Remove when Chromium stretches \widetilde & \widehat
  var _estimatedWidth = function estimatedWidth(node) {
    var width = 0;
    if (node.body && Array.isArray(node.body)) {
      for (var _iterator = _createForOfIteratorHelperLoose(node.body), _step; !(_step = _iterator()).done;) {
        var item = _step.value;
        width += _estimatedWidth(item);
      }
    } else if (node.body) {
      width += _estimatedWidth(node.body);
    } else if (node.type === "supsub") {
      width += _estimatedWidth(node.base);
      if (node.sub) {
        width += 0.7 * _estimatedWidth(node.sub);
      }
      if (node.sup) {
        width += 0.7 * _estimatedWidth(node.sup);
      }
    } else if (node.type === "mathord" || node.type === "textord") {
      for (var _iterator2 = _createForOfIteratorHelperLoose(node.text.split('')), _step2; !(_step2 = _iterator2()).done;) {
        var ch = _step2.value;
        var codePoint = ch.codePointAt(0);
        if (0x60 < codePoint && codePoint < 0x7B || 0x03B0 < codePoint && codePoint < 0x3CA) {
          width += 0.56; // lower case latin or greek. Use advance width of letter n
        } else if (0x2F < codePoint && codePoint < 0x3A) {
          width += 0.50; // numerals.
        } else {
          width += 0.92; // advance width of letter M
        }
      }
    } else {
      width += 1.0;
    }
    return width;
  };
  var stretchyCodePoint = {
    widehat: "\u02C6",
    // Shorter than \u005e, which is appropriate for an accent.
    widecheck: "ˇ",
    widetilde: "~",
    wideparen: "⏜",
    // \u23dc
    utilde: "~",
    overleftarrow: "\u2190",
    underleftarrow: "\u2190",
    xleftarrow: "\u2190",
    overrightarrow: "\u2192",
    underrightarrow: "\u2192",
    xrightarrow: "\u2192",
    underbrace: "\u23DF",
    overbrace: "\u23DE",
    overbracket: "\u23B4",
    underbracket: "\u23B5",
    overgroup: "\u23E0",
    overparen: "⏜",
    undergroup: "\u23E1",
    underparen: "\u23DD",
    overleftrightarrow: "\u2194",
    underleftrightarrow: "\u2194",
    xleftrightarrow: "\u2194",
    Overrightarrow: "\u21D2",
    xRightarrow: "\u21D2",
    overleftharpoon: "\u21BC",
    xleftharpoonup: "\u21BC",
    overrightharpoon: "\u21C0",
    xrightharpoonup: "\u21C0",
    xLeftarrow: "\u21D0",
    xLeftrightarrow: "\u21D4",
    xhookleftarrow: "\u21A9",
    xhookrightarrow: "\u21AA",
    xmapsto: "\u21A6",
    xrightharpoondown: "\u21C1",
    xleftharpoondown: "\u21BD",
    xtwoheadleftarrow: "\u219E",
    xtwoheadrightarrow: "\u21A0",
    xlongequal: "=",
    xrightleftarrows: "\u21C4",
    xtofrom: "\u21C4",
    xleftrightharpoons: "\u21CB",
    xrightleftharpoons: "\u21CC",
    yields: "\u2192",
    yieldsLeft: "\u2190",
    mesomerism: "\u2194",
    longrightharpoonup: "\u21C0",
    longleftharpoondown: "\u21BD",
    eqrightharpoonup: "\u21C0",
    eqleftharpoondown: "\u21BD",
    "\\cdrightarrow": "\u2192",
    "\\cdleftarrow": "\u2190",
    "\\cdlongequal": "=",
    yieldsLeftRight: "\u21C4",
    chemequilibrium: "\u21CC"
  };
  var mathMLnode = function mathMLnode(label) {
    var child = new TextNode(stretchyCodePoint[label.slice(1)]);
    var node = new MathNode("mo", [child]);
    node.setAttribute("stretchy", "true");
    return node;
  };
  var wideHats = ["\\widehat", "\\widecheck"];

  // TODO: Remove if/when Chromium stretches \widetilde & \widehat
  var accentNode = function accentNode(group) {
    var mo = mathMLnode(group.label);
    if (group.label.indexOf("tilde") > -1) {
      var width = _estimatedWidth(group.base);
      if (1 < width && width < 1.6) {
        mo.classes.push("tml-tilde-2");
      } else if (1.6 <= width && width < 2.5) {
        mo.classes.push("tml-tilde-3");
      } else if (2.5 <= width) {
        mo.classes.push("tml-tilde-4");
      }
    } else if (wideHats.includes(group.label)) {
      var _width = _estimatedWidth(group.base);
      if (0 < _width && _width <= 1) {
        mo.classes.push("tml-hat-1");
      } else if (1 < _width && _width < 1.6) {
        mo.classes.push("tml-hat-2");
      } else if (1.6 <= _width && _width < 2.5) {
        mo.classes.push("tml-hat-3");
      } else if (2.5 <= _width) {
        mo.classes.push("tml-hat-4");
      }
    }
    return mo;
  };

  /**
   * This file holds a list of all no-argument functions and single-character
   * symbols (like 'a' or ';').
   *
   * For each of the symbols, there are two properties they can have:
   * - group (required): the ParseNode group type the symbol should have (i.e.
       "textord", "mathord", etc).
   * - replace: the character that this symbol or function should be
   *   replaced with (i.e. "\phi" has a replace value of "\u03d5", the phi
   *   character in the main font).
   *
   * The outermost map in the table indicates what mode the symbols should be
   * accepted in (e.g. "math" or "text").
   */

  // Some of these have a "-token" suffix since these are also used as `ParseNode`
  // types for raw text tokens, and we want to avoid conflicts with higher-level
  // `ParseNode` types. These `ParseNode`s are constructed within `Parser` by
  // looking up the `symbols` map.
  var ATOMS = {
    bin: 1,
    close: 1,
    inner: 1,
    open: 1,
    punct: 1,
    rel: 1
  };
  var NON_ATOMS = {
    "accent-token": 1,
    mathord: 1,
    "op-token": 1,
    spacing: 1,
    textord: 1
  };
  var symbols = Object.create(null);
  symbols.math = Object.create(null);
  symbols.text = Object.create(null);
  function defineSymbol(mode, group, replace, name, acceptUnicodeChar) {
    if (mode !== "math" && mode !== "text") {
      throw new TypeError("Invalid mode: " + mode + " called in defineSymbol");
    }
    var entry = {
      group: group,
      replace: replace
    };
    symbols[mode][name] = entry;

    /** `acceptUnicodeChar = true` is only applicable if `replace` is set. */
    if (acceptUnicodeChar && replace) {
      symbols[mode][replace] = entry;
    }
  }

  // Some abbreviations for commonly used strings.
  // This helps minify the code, and also spotting typos via linter.

  // modes:
  var math = "math";
  var text = "text";

  // groups:
  var accent = "accent-token";
  var bin = "bin";
  var close = "close";
  var inner = "inner";
  var mathord = "mathord";
  var op = "op-token";
  var open = "open";
  var punct = "punct";
  var rel = "rel";
  var spacing = "spacing";
  var textord = "textord";

  // Now comes the symbol table

  // Relation Symbols
  defineSymbol(math, rel, "\u2261", "\\equiv", true);
  defineSymbol(math, rel, "\u227A", "\\prec", true);
  defineSymbol(math, rel, "\u227B", "\\succ", true);
  defineSymbol(math, rel, "\u223C", "\\sim", true);
  defineSymbol(math, rel, "\u27C2", "\\perp", true);
  defineSymbol(math, rel, "\u2AAF", "\\preceq", true);
  defineSymbol(math, rel, "\u2AB0", "\\succeq", true);
  defineSymbol(math, rel, "\u2243", "\\simeq", true);
  defineSymbol(math, rel, "\u224C", "\\backcong", true);
  defineSymbol(math, rel, "|", "\\mid", true);
  defineSymbol(math, rel, "\u226A", "\\ll", true);
  defineSymbol(math, rel, "\u226B", "\\gg", true);
  defineSymbol(math, rel, "\u224D", "\\asymp", true);
  defineSymbol(math, rel, "\u2225", "\\parallel");
  defineSymbol(math, rel, "\u2323", "\\smile", true);
  defineSymbol(math, rel, "\u2291", "\\sqsubseteq", true);
  defineSymbol(math, rel, "\u2292", "\\sqsupseteq", true);
  defineSymbol(math, rel, "\u2250", "\\doteq", true);
  defineSymbol(math, rel, "\u2322", "\\frown", true);
  defineSymbol(math, rel, "\u220B", "\\ni", true);
  defineSymbol(math, rel, "\u220C", "\\notni", true);
  defineSymbol(math, rel, "\u221D", "\\propto", true);
  defineSymbol(math, rel, "\u22A2", "\\vdash", true);
  defineSymbol(math, rel, "\u22A3", "\\dashv", true);
  defineSymbol(math, rel, "\u220B", "\\owns");
  defineSymbol(math, rel, "\u2258", "\\arceq", true);
  defineSymbol(math, rel, "\u2259", "\\wedgeq", true);
  defineSymbol(math, rel, "\u225A", "\\veeeq", true);
  defineSymbol(math, rel, "\u225B", "\\stareq", true);
  defineSymbol(math, rel, "\u225D", "\\eqdef", true);
  defineSymbol(math, rel, "\u225E", "\\measeq", true);
  defineSymbol(math, rel, "\u225F", "\\questeq", true);
  defineSymbol(math, rel, "\u2260", "\\ne", true);
  defineSymbol(math, rel, "\u2260", "\\neq");
  // unicodemath
  defineSymbol(math, rel, "\u2A75", "\\eqeq", true);
  defineSymbol(math, rel, "\u2A76", "\\eqeqeq", true);
  // mathtools.sty
  defineSymbol(math, rel, "\u2237", "\\dblcolon", true);
  defineSymbol(math, rel, "\u2254", "\\coloneqq", true);
  defineSymbol(math, rel, "\u2255", "\\eqqcolon", true);
  defineSymbol(math, rel, "\u2239", "\\eqcolon", true);
  defineSymbol(math, rel, "\u2A74", "\\Coloneqq", true);

  // Punctuation
  defineSymbol(math, punct, ".", "\\ldotp");
  defineSymbol(math, punct, "\xB7", "\\cdotp");

  // Misc Symbols
  defineSymbol(math, textord, "#", "\\#");
  defineSymbol(text, textord, "#", "\\#");
  defineSymbol(math, textord, "&", "\\&");
  defineSymbol(text, textord, "&", "\\&");
  defineSymbol(math, textord, "\u2135", "\\aleph", true);
  defineSymbol(math, textord, "\u2200", "\\forall", true);
  defineSymbol(math, textord, "\u210F", "\\hbar", true);
  defineSymbol(math, textord, "\u2203", "\\exists", true);
  defineSymbol(math, open, "\u2207", "\\nabla", true);
  defineSymbol(math, textord, "\u266D", "\\flat", true);
  defineSymbol(math, textord, "\u2113", "\\ell", true);
  defineSymbol(math, textord, "\u266E", "\\natural", true);
  defineSymbol(math, textord, "Å", "\\Angstrom", true);
  defineSymbol(text, textord, "Å", "\\Angstrom", true);
  defineSymbol(math, textord, "\u2663", "\\clubsuit", true);
  defineSymbol(math, textord, "\u2667", "\\varclubsuit", true);
  defineSymbol(math, textord, "\u2118", "\\wp", true);
  defineSymbol(math, textord, "\u266F", "\\sharp", true);
  defineSymbol(math, textord, "\u2662", "\\diamondsuit", true);
  defineSymbol(math, textord, "\u2666", "\\vardiamondsuit", true);
  defineSymbol(math, textord, "\u211C", "\\Re", true);
  defineSymbol(math, textord, "\u2661", "\\heartsuit", true);
  defineSymbol(math, textord, "\u2665", "\\varheartsuit", true);
  defineSymbol(math, textord, "\u2111", "\\Im", true);
  defineSymbol(math, textord, "\u2660", "\\spadesuit", true);
  defineSymbol(math, textord, "\u2664", "\\varspadesuit", true);
  defineSymbol(math, textord, "\u2640", "\\female", true);
  defineSymbol(math, textord, "\u2642", "\\male", true);
  defineSymbol(math, textord, "\xA7", "\\S", true);
  defineSymbol(text, textord, "\xA7", "\\S");
  defineSymbol(math, textord, "\xB6", "\\P", true);
  defineSymbol(text, textord, "\xB6", "\\P");
  defineSymbol(text, textord, "\u263A", "\\smiley", true);
  defineSymbol(math, textord, "\u263A", "\\smiley", true);

  // Math and Text
  defineSymbol(math, textord, "\u2020", "\\dag");
  defineSymbol(text, textord, "\u2020", "\\dag");
  defineSymbol(text, textord, "\u2020", "\\textdagger");
  defineSymbol(math, textord, "\u2021", "\\ddag");
  defineSymbol(text, textord, "\u2021", "\\ddag");
  defineSymbol(text, textord, "\u2021", "\\textdaggerdbl");

  // Large Delimiters
  defineSymbol(math, close, "\u23B1", "\\rmoustache", true);
  defineSymbol(math, open, "\u23B0", "\\lmoustache", true);
  defineSymbol(math, close, "\u27EF", "\\rgroup", true);
  defineSymbol(math, open, "\u27EE", "\\lgroup", true);

  // Binary Operators
  defineSymbol(math, bin, "\u2213", "\\mp", true);
  defineSymbol(math, bin, "\u2296", "\\ominus", true);
  defineSymbol(math, bin, "\u228E", "\\uplus", true);
  defineSymbol(math, bin, "\u2293", "\\sqcap", true);
  defineSymbol(math, bin, "\u2217", "\\ast");
  defineSymbol(math, bin, "\u2294", "\\sqcup", true);
  defineSymbol(math, bin, "\u25EF", "\\bigcirc", true);
  defineSymbol(math, bin, "\u2219", "\\bullet", true);
  defineSymbol(math, bin, "\u2021", "\\ddagger");
  defineSymbol(math, bin, "\u2240", "\\wr", true);
  defineSymbol(math, bin, "\u2A3F", "\\amalg");
  defineSymbol(math, bin, "&", "\\And"); // from amsmath
  defineSymbol(math, bin, "\u2AFD", "\\sslash", true); // from stmaryrd

  // Arrow Symbols
  defineSymbol(math, rel, "\u27F5", "\\longleftarrow", true);
  defineSymbol(math, rel, "\u21D0", "\\Leftarrow", true);
  defineSymbol(math, rel, "\u27F8", "\\Longleftarrow", true);
  defineSymbol(math, rel, "\u27F6", "\\longrightarrow", true);
  defineSymbol(math, rel, "\u21D2", "\\Rightarrow", true);
  defineSymbol(math, rel, "\u27F9", "\\Longrightarrow", true);
  defineSymbol(math, rel, "\u2194", "\\leftrightarrow", true);
  defineSymbol(math, rel, "\u27F7", "\\longleftrightarrow", true);
  defineSymbol(math, rel, "\u21D4", "\\Leftrightarrow", true);
  defineSymbol(math, rel, "\u27FA", "\\Longleftrightarrow", true);
  defineSymbol(math, rel, "\u21A4", "\\mapsfrom", true);
  defineSymbol(math, rel, "\u21A6", "\\mapsto", true);
  defineSymbol(math, rel, "\u27FC", "\\longmapsto", true);
  defineSymbol(math, rel, "\u2197", "\\nearrow", true);
  defineSymbol(math, rel, "\u21A9", "\\hookleftarrow", true);
  defineSymbol(math, rel, "\u21AA", "\\hookrightarrow", true);
  defineSymbol(math, rel, "\u2198", "\\searrow", true);
  defineSymbol(math, rel, "\u21BC", "\\leftharpoonup", true);
  defineSymbol(math, rel, "\u21C0", "\\rightharpoonup", true);
  defineSymbol(math, rel, "\u2199", "\\swarrow", true);
  defineSymbol(math, rel, "\u21BD", "\\leftharpoondown", true);
  defineSymbol(math, rel, "\u21C1", "\\rightharpoondown", true);
  defineSymbol(math, rel, "\u2196", "\\nwarrow", true);
  defineSymbol(math, rel, "\u21CC", "\\rightleftharpoons", true);
  defineSymbol(math, mathord, "\u21AF", "\\lightning", true);
  defineSymbol(math, mathord, "\u220E", "\\QED", true);
  defineSymbol(math, mathord, "\u2030", "\\permil", true);
  defineSymbol(text, textord, "\u2030", "\\permil");
  defineSymbol(math, mathord, "\u2609", "\\astrosun", true);
  defineSymbol(math, mathord, "\u263C", "\\sun", true);
  defineSymbol(math, mathord, "\u263E", "\\leftmoon", true);
  defineSymbol(math, mathord, "\u263D", "\\rightmoon", true);
  defineSymbol(math, mathord, "\u2295", "\\Earth");

  // AMS Negated Binary Relations
  defineSymbol(math, rel, "\u226E", "\\nless", true);
  // Symbol names preceded by "@" each have a corresponding macro.
  defineSymbol(math, rel, "\u2A87", "\\lneq", true);
  defineSymbol(math, rel, "\u2268", "\\lneqq", true);
  defineSymbol(math, rel, "\u2268\uFE00", "\\lvertneqq");
  defineSymbol(math, rel, "\u22E6", "\\lnsim", true);
  defineSymbol(math, rel, "\u2A89", "\\lnapprox", true);
  defineSymbol(math, rel, "\u2280", "\\nprec", true);
  // unicode-math maps \u22e0 to \npreccurlyeq. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u22E0", "\\npreceq", true);
  defineSymbol(math, rel, "\u22E8", "\\precnsim", true);
  defineSymbol(math, rel, "\u2AB9", "\\precnapprox", true);
  defineSymbol(math, rel, "\u2241", "\\nsim", true);
  defineSymbol(math, rel, "\u2224", "\\nmid", true);
  defineSymbol(math, rel, "\u2224", "\\nshortmid");
  defineSymbol(math, rel, "\u22AC", "\\nvdash", true);
  defineSymbol(math, rel, "\u22AD", "\\nvDash", true);
  defineSymbol(math, rel, "\u22EA", "\\ntriangleleft");
  defineSymbol(math, rel, "\u22EC", "\\ntrianglelefteq", true);
  defineSymbol(math, rel, "\u2284", "\\nsubset", true);
  defineSymbol(math, rel, "\u2285", "\\nsupset", true);
  defineSymbol(math, rel, "\u228A", "\\subsetneq", true);
  defineSymbol(math, rel, "\u228A\uFE00", "\\varsubsetneq");
  defineSymbol(math, rel, "\u2ACB", "\\subsetneqq", true);
  defineSymbol(math, rel, "\u2ACB\uFE00", "\\varsubsetneqq");
  defineSymbol(math, rel, "\u226F", "\\ngtr", true);
  defineSymbol(math, rel, "\u2A88", "\\gneq", true);
  defineSymbol(math, rel, "\u2269", "\\gneqq", true);
  defineSymbol(math, rel, "\u2269\uFE00", "\\gvertneqq");
  defineSymbol(math, rel, "\u22E7", "\\gnsim", true);
  defineSymbol(math, rel, "\u2A8A", "\\gnapprox", true);
  defineSymbol(math, rel, "\u2281", "\\nsucc", true);
  // unicode-math maps \u22e1 to \nsucccurlyeq. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u22E1", "\\nsucceq", true);
  defineSymbol(math, rel, "\u22E9", "\\succnsim", true);
  defineSymbol(math, rel, "\u2ABA", "\\succnapprox", true);
  // unicode-math maps \u2246 to \simneqq. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u2246", "\\ncong", true);
  defineSymbol(math, rel, "\u2226", "\\nparallel", true);
  defineSymbol(math, rel, "\u2226", "\\nshortparallel");
  defineSymbol(math, rel, "\u22AF", "\\nVDash", true);
  defineSymbol(math, rel, "\u22EB", "\\ntriangleright");
  defineSymbol(math, rel, "\u22ED", "\\ntrianglerighteq", true);
  defineSymbol(math, rel, "\u228B", "\\supsetneq", true);
  defineSymbol(math, rel, "\u228B", "\\varsupsetneq");
  defineSymbol(math, rel, "\u2ACC", "\\supsetneqq", true);
  defineSymbol(math, rel, "\u2ACC\uFE00", "\\varsupsetneqq");
  defineSymbol(math, rel, "\u22AE", "\\nVdash", true);
  defineSymbol(math, rel, "\u2AB5", "\\precneqq", true);
  defineSymbol(math, rel, "\u2AB6", "\\succneqq", true);
  defineSymbol(math, bin, "\u22B4", "\\unlhd");
  defineSymbol(math, bin, "\u22B5", "\\unrhd");

  // AMS Negated Arrows
  defineSymbol(math, rel, "\u219A", "\\nleftarrow", true);
  defineSymbol(math, rel, "\u219B", "\\nrightarrow", true);
  defineSymbol(math, rel, "\u21CD", "\\nLeftarrow", true);
  defineSymbol(math, rel, "\u21CF", "\\nRightarrow", true);
  defineSymbol(math, rel, "\u21AE", "\\nleftrightarrow", true);
  defineSymbol(math, rel, "\u21CE", "\\nLeftrightarrow", true);

  // AMS Misc
  defineSymbol(math, rel, "\u25B3", "\\vartriangle");
  defineSymbol(math, textord, "\u210F", "\\hslash");
  defineSymbol(math, textord, "\u25BD", "\\triangledown");
  defineSymbol(math, textord, "\u25CA", "\\lozenge");
  defineSymbol(math, textord, "\u24C8", "\\circledS");
  defineSymbol(math, textord, "\xAE", "\\circledR", true);
  defineSymbol(text, textord, "\xAE", "\\circledR");
  defineSymbol(text, textord, "\xAE", "\\textregistered");
  defineSymbol(math, textord, "\u2221", "\\measuredangle", true);
  defineSymbol(math, textord, "\u2204", "\\nexists");
  defineSymbol(math, textord, "\u2127", "\\mho");
  defineSymbol(math, textord, "\u2132", "\\Finv", true);
  defineSymbol(math, textord, "\u2141", "\\Game", true);
  defineSymbol(math, textord, "\u2035", "\\backprime");
  defineSymbol(math, textord, "\u2036", "\\backdprime");
  defineSymbol(math, textord, "\u2037", "\\backtrprime");
  defineSymbol(math, textord, "\u25B2", "\\blacktriangle");
  defineSymbol(math, textord, "\u25BC", "\\blacktriangledown");
  defineSymbol(math, textord, "\u25A0", "\\blacksquare");
  defineSymbol(math, textord, "\u29EB", "\\blacklozenge");
  defineSymbol(math, textord, "\u2605", "\\bigstar");
  defineSymbol(math, textord, "\u2222", "\\sphericalangle", true);
  defineSymbol(math, textord, "\u2201", "\\complement", true);
  defineSymbol(math, textord, "\u2571", "\\diagup");
  defineSymbol(math, textord, "\u2572", "\\diagdown");
  defineSymbol(math, textord, "\u25A1", "\\square");
  defineSymbol(math, textord, "\u25A1", "\\Box");
  defineSymbol(math, textord, "\u25CA", "\\Diamond");
  // unicode-math maps U+A5 to \mathyen. We map to AMS function \yen
  defineSymbol(math, textord, "\xA5", "\\yen", true);
  defineSymbol(text, textord, "\xA5", "\\yen", true);
  defineSymbol(math, textord, "\u2713", "\\checkmark", true);
  defineSymbol(text, textord, "\u2713", "\\checkmark");
  defineSymbol(math, textord, "\u2717", "\\ballotx", true);
  defineSymbol(text, textord, "\u2717", "\\ballotx");
  defineSymbol(text, textord, "\u2022", "\\textbullet");

  // AMS Hebrew
  defineSymbol(math, textord, "\u2136", "\\beth", true);
  defineSymbol(math, textord, "\u2138", "\\daleth", true);
  defineSymbol(math, textord, "\u2137", "\\gimel", true);

  // AMS Greek
  defineSymbol(math, textord, "\u03DD", "\\digamma", true);
  defineSymbol(math, textord, "\u03F0", "\\varkappa");

  // AMS Delimiters
  defineSymbol(math, open, "\u231C", "\\ulcorner", true);
  defineSymbol(math, close, "\u231D", "\\urcorner", true);
  defineSymbol(math, open, "\u231E", "\\llcorner", true);
  defineSymbol(math, close, "\u231F", "\\lrcorner", true);

  // AMS Binary Relations
  defineSymbol(math, rel, "\u2266", "\\leqq", true);
  defineSymbol(math, rel, "\u2A7D", "\\leqslant", true);
  defineSymbol(math, rel, "\u2A95", "\\eqslantless", true);
  defineSymbol(math, rel, "\u2272", "\\lesssim", true);
  defineSymbol(math, rel, "\u2A85", "\\lessapprox", true);
  defineSymbol(math, rel, "\u224A", "\\approxeq", true);
  defineSymbol(math, bin, "\u22D6", "\\lessdot");
  defineSymbol(math, rel, "\u22D8", "\\lll", true);
  defineSymbol(math, rel, "\u2276", "\\lessgtr", true);
  defineSymbol(math, rel, "\u22DA", "\\lesseqgtr", true);
  defineSymbol(math, rel, "\u2A8B", "\\lesseqqgtr", true);
  defineSymbol(math, rel, "\u2251", "\\doteqdot");
  defineSymbol(math, rel, "\u2253", "\\risingdotseq", true);
  defineSymbol(math, rel, "\u2252", "\\fallingdotseq", true);
  defineSymbol(math, rel, "\u223D", "\\backsim", true);
  defineSymbol(math, rel, "\u22CD", "\\backsimeq", true);
  defineSymbol(math, rel, "\u2AC5", "\\subseteqq", true);
  defineSymbol(math, rel, "\u22D0", "\\Subset", true);
  defineSymbol(math, rel, "\u228F", "\\sqsubset", true);
  defineSymbol(math, rel, "\u227C", "\\preccurlyeq", true);
  defineSymbol(math, rel, "\u22DE", "\\curlyeqprec", true);
  defineSymbol(math, rel, "\u227E", "\\precsim", true);
  defineSymbol(math, rel, "\u2AB7", "\\precapprox", true);
  defineSymbol(math, rel, "\u22B2", "\\vartriangleleft");
  defineSymbol(math, rel, "\u22B4", "\\trianglelefteq");
  defineSymbol(math, rel, "\u22A8", "\\vDash", true);
  defineSymbol(math, rel, "\u22AB", "\\VDash", true);
  defineSymbol(math, rel, "\u22AA", "\\Vvdash", true);
  defineSymbol(math, rel, "\u2323", "\\smallsmile");
  defineSymbol(math, rel, "\u2322", "\\smallfrown");
  defineSymbol(math, rel, "\u224F", "\\bumpeq", true);
  defineSymbol(math, rel, "\u224E", "\\Bumpeq", true);
  defineSymbol(math, rel, "\u2267", "\\geqq", true);
  defineSymbol(math, rel, "\u2A7E", "\\geqslant", true);
  defineSymbol(math, rel, "\u2A96", "\\eqslantgtr", true);
  defineSymbol(math, rel, "\u2273", "\\gtrsim", true);
  defineSymbol(math, rel, "\u2A86", "\\gtrapprox", true);
  defineSymbol(math, bin, "\u22D7", "\\gtrdot");
  defineSymbol(math, rel, "\u22D9", "\\ggg", true);
  defineSymbol(math, rel, "\u2277", "\\gtrless", true);
  defineSymbol(math, rel, "\u22DB", "\\gtreqless", true);
  defineSymbol(math, rel, "\u2A8C", "\\gtreqqless", true);
  defineSymbol(math, rel, "\u2256", "\\eqcirc", true);
  defineSymbol(math, rel, "\u2257", "\\circeq", true);
  defineSymbol(math, rel, "\u225C", "\\triangleq", true);
  defineSymbol(math, rel, "\u223C", "\\thicksim");
  defineSymbol(math, rel, "\u2248", "\\thickapprox");
  defineSymbol(math, rel, "\u2AC6", "\\supseteqq", true);
  defineSymbol(math, rel, "\u22D1", "\\Supset", true);
  defineSymbol(math, rel, "\u2290", "\\sqsupset", true);
  defineSymbol(math, rel, "\u227D", "\\succcurlyeq", true);
  defineSymbol(math, rel, "\u22DF", "\\curlyeqsucc", true);
  defineSymbol(math, rel, "\u227F", "\\succsim", true);
  defineSymbol(math, rel, "\u2AB8", "\\succapprox", true);
  defineSymbol(math, rel, "\u22B3", "\\vartriangleright");
  defineSymbol(math, rel, "\u22B5", "\\trianglerighteq");
  defineSymbol(math, rel, "\u22A9", "\\Vdash", true);
  defineSymbol(math, rel, "\u2223", "\\shortmid");
  defineSymbol(math, rel, "\u2225", "\\shortparallel");
  defineSymbol(math, rel, "\u226C", "\\between", true);
  defineSymbol(math, rel, "\u22D4", "\\pitchfork", true);
  defineSymbol(math, rel, "\u221D", "\\varpropto");
  defineSymbol(math, rel, "\u25C0", "\\blacktriangleleft");
  // unicode-math says that \therefore is a mathord atom.
  // We kept the amssymb atom type, which is rel.
  defineSymbol(math, rel, "\u2234", "\\therefore", true);
  defineSymbol(math, rel, "\u220D", "\\backepsilon");
  defineSymbol(math, rel, "\u25B6", "\\blacktriangleright");
  // unicode-math says that \because is a mathord atom.
  // We kept the amssymb atom type, which is rel.
  defineSymbol(math, rel, "\u2235", "\\because", true);
  defineSymbol(math, rel, "\u22D8", "\\llless");
  defineSymbol(math, rel, "\u22D9", "\\gggtr");
  defineSymbol(math, bin, "\u22B2", "\\lhd");
  defineSymbol(math, bin, "\u22B3", "\\rhd");
  defineSymbol(math, rel, "\u2242", "\\eqsim", true);
  defineSymbol(math, rel, "\u2251", "\\Doteq", true);
  defineSymbol(math, rel, "\u297D", "\\strictif", true);
  defineSymbol(math, rel, "\u297C", "\\strictfi", true);

  // AMS Binary Operators
  defineSymbol(math, bin, "\u2214", "\\dotplus", true);
  defineSymbol(math, bin, "\u2216", "\\smallsetminus");
  defineSymbol(math, bin, "\u22D2", "\\Cap", true);
  defineSymbol(math, bin, "\u22D3", "\\Cup", true);
  defineSymbol(math, bin, "\u2A5E", "\\doublebarwedge", true);
  defineSymbol(math, bin, "\u229F", "\\boxminus", true);
  defineSymbol(math, bin, "\u229E", "\\boxplus", true);
  defineSymbol(math, bin, "\u29C4", "\\boxslash", true);
  defineSymbol(math, bin, "\u22C7", "\\divideontimes", true);
  defineSymbol(math, bin, "\u22C9", "\\ltimes", true);
  defineSymbol(math, bin, "\u22CA", "\\rtimes", true);
  defineSymbol(math, bin, "\u22CB", "\\leftthreetimes", true);
  defineSymbol(math, bin, "\u22CC", "\\rightthreetimes", true);
  defineSymbol(math, bin, "\u22CF", "\\curlywedge", true);
  defineSymbol(math, bin, "\u22CE", "\\curlyvee", true);
  defineSymbol(math, bin, "\u229D", "\\circleddash", true);
  defineSymbol(math, bin, "\u229B", "\\circledast", true);
  defineSymbol(math, bin, "\u22BA", "\\intercal", true);
  defineSymbol(math, bin, "\u22D2", "\\doublecap");
  defineSymbol(math, bin, "\u22D3", "\\doublecup");
  defineSymbol(math, bin, "\u22A0", "\\boxtimes", true);
  defineSymbol(math, bin, "\u22C8", "\\bowtie", true);
  defineSymbol(math, bin, "\u22C8", "\\Join");
  defineSymbol(math, bin, "\u27D5", "\\leftouterjoin", true);
  defineSymbol(math, bin, "\u27D6", "\\rightouterjoin", true);
  defineSymbol(math, bin, "\u27D7", "\\fullouterjoin", true);

  // stix Binary Operators
  defineSymbol(math, bin, "\u2238", "\\dotminus", true);
  defineSymbol(math, bin, "\u27D1", "\\wedgedot", true);
  defineSymbol(math, bin, "\u27C7", "\\veedot", true);
  defineSymbol(math, bin, "\u2A62", "\\doublebarvee", true);
  defineSymbol(math, bin, "\u2A63", "\\veedoublebar", true);
  defineSymbol(math, bin, "\u2A5F", "\\wedgebar", true);
  defineSymbol(math, bin, "\u2A60", "\\wedgedoublebar", true);
  defineSymbol(math, bin, "\u2A54", "\\Vee", true);
  defineSymbol(math, bin, "\u2A53", "\\Wedge", true);
  defineSymbol(math, bin, "\u2A43", "\\barcap", true);
  defineSymbol(math, bin, "\u2A42", "\\barcup", true);
  defineSymbol(math, bin, "\u2A48", "\\capbarcup", true);
  defineSymbol(math, bin, "\u2A40", "\\capdot", true);
  defineSymbol(math, bin, "\u2A47", "\\capovercup", true);
  defineSymbol(math, bin, "\u2A46", "\\cupovercap", true);
  defineSymbol(math, bin, "\u2A4D", "\\closedvarcap", true);
  defineSymbol(math, bin, "\u2A4C", "\\closedvarcup", true);
  defineSymbol(math, bin, "\u2A2A", "\\minusdot", true);
  defineSymbol(math, bin, "\u2A2B", "\\minusfdots", true);
  defineSymbol(math, bin, "\u2A2C", "\\minusrdots", true);
  defineSymbol(math, bin, "\u22BB", "\\Xor", true);
  defineSymbol(math, bin, "\u22BC", "\\Nand", true);
  defineSymbol(math, bin, "\u22BD", "\\Nor", true);
  defineSymbol(math, bin, "\u22BD", "\\barvee");
  defineSymbol(math, bin, "\u2AF4", "\\interleave", true);
  defineSymbol(math, bin, "\u29E2", "\\shuffle", true);
  defineSymbol(math, bin, "\u2AF6", "\\threedotcolon", true);
  defineSymbol(math, bin, "\u2982", "\\typecolon", true);
  defineSymbol(math, bin, "\u223E", "\\invlazys", true);
  defineSymbol(math, bin, "\u2A4B", "\\twocaps", true);
  defineSymbol(math, bin, "\u2A4A", "\\twocups", true);
  defineSymbol(math, bin, "\u2A4E", "\\Sqcap", true);
  defineSymbol(math, bin, "\u2A4F", "\\Sqcup", true);
  defineSymbol(math, bin, "\u2A56", "\\veeonvee", true);
  defineSymbol(math, bin, "\u2A55", "\\wedgeonwedge", true);
  defineSymbol(math, bin, "\u29D7", "\\blackhourglass", true);
  defineSymbol(math, bin, "\u29C6", "\\boxast", true);
  defineSymbol(math, bin, "\u29C8", "\\boxbox", true);
  defineSymbol(math, bin, "\u29C7", "\\boxcircle", true);
  defineSymbol(math, bin, "\u229C", "\\circledequal", true);
  defineSymbol(math, bin, "\u29B7", "\\circledparallel", true);
  defineSymbol(math, bin, "\u29B6", "\\circledvert", true);
  defineSymbol(math, bin, "\u29B5", "\\circlehbar", true);
  defineSymbol(math, bin, "\u27E1", "\\concavediamond", true);
  defineSymbol(math, bin, "\u27E2", "\\concavediamondtickleft", true);
  defineSymbol(math, bin, "\u27E3", "\\concavediamondtickright", true);
  defineSymbol(math, bin, "\u22C4", "\\diamond", true);
  defineSymbol(math, bin, "\u29D6", "\\hourglass", true);
  defineSymbol(math, bin, "\u27E0", "\\lozengeminus", true);
  defineSymbol(math, bin, "\u233D", "\\obar", true);
  defineSymbol(math, bin, "\u29B8", "\\obslash", true);
  defineSymbol(math, bin, "\u2A38", "\\odiv", true);
  defineSymbol(math, bin, "\u29C1", "\\ogreaterthan", true);
  defineSymbol(math, bin, "\u29C0", "\\olessthan", true);
  defineSymbol(math, bin, "\u29B9", "\\operp", true);
  defineSymbol(math, bin, "\u2A37", "\\Otimes", true);
  defineSymbol(math, bin, "\u2A36", "\\otimeshat", true);
  defineSymbol(math, bin, "\u22C6", "\\star", true);
  defineSymbol(math, bin, "\u25B3", "\\triangle", true);
  defineSymbol(math, bin, "\u2A3A", "\\triangleminus", true);
  defineSymbol(math, bin, "\u2A39", "\\triangleplus", true);
  defineSymbol(math, bin, "\u2A3B", "\\triangletimes", true);
  defineSymbol(math, bin, "\u27E4", "\\whitesquaretickleft", true);
  defineSymbol(math, bin, "\u27E5", "\\whitesquaretickright", true);
  defineSymbol(math, bin, "\u2A33", "\\smashtimes", true);

  // AMS Arrows
  // Note: unicode-math maps \u21e2 to their own function \rightdasharrow.
  // We'll map it to AMS function \dashrightarrow. It produces the same atom.
  defineSymbol(math, rel, "\u21E2", "\\dashrightarrow", true);
  // unicode-math maps \u21e0 to \leftdasharrow. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u21E0", "\\dashleftarrow", true);
  defineSymbol(math, rel, "\u21C7", "\\leftleftarrows", true);
  defineSymbol(math, rel, "\u21C6", "\\leftrightarrows", true);
  defineSymbol(math, rel, "\u21DA", "\\Lleftarrow", true);
  defineSymbol(math, rel, "\u219E", "\\twoheadleftarrow", true);
  defineSymbol(math, rel, "\u21A2", "\\leftarrowtail", true);
  defineSymbol(math, rel, "\u21AB", "\\looparrowleft", true);
  defineSymbol(math, rel, "\u21CB", "\\leftrightharpoons", true);
  defineSymbol(math, rel, "\u21B6", "\\curvearrowleft", true);
  // unicode-math maps \u21ba to \acwopencirclearrow. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u21BA", "\\circlearrowleft", true);
  defineSymbol(math, rel, "\u21B0", "\\Lsh", true);
  defineSymbol(math, rel, "\u21C8", "\\upuparrows", true);
  defineSymbol(math, rel, "\u21BF", "\\upharpoonleft", true);
  defineSymbol(math, rel, "\u21C3", "\\downharpoonleft", true);
  defineSymbol(math, rel, "\u22B6", "\\origof", true);
  defineSymbol(math, rel, "\u22B7", "\\imageof", true);
  defineSymbol(math, rel, "\u22B8", "\\multimap", true);
  defineSymbol(math, rel, "\u21AD", "\\leftrightsquigarrow", true);
  defineSymbol(math, rel, "\u21C9", "\\rightrightarrows", true);
  defineSymbol(math, rel, "\u21C4", "\\rightleftarrows", true);
  defineSymbol(math, rel, "\u21A0", "\\twoheadrightarrow", true);
  defineSymbol(math, rel, "\u21A3", "\\rightarrowtail", true);
  defineSymbol(math, rel, "\u21AC", "\\looparrowright", true);
  defineSymbol(math, rel, "\u21B7", "\\curvearrowright", true);
  // unicode-math maps \u21bb to \cwopencirclearrow. We'll use the AMS synonym.
  defineSymbol(math, rel, "\u21BB", "\\circlearrowright", true);
  defineSymbol(math, rel, "\u21B1", "\\Rsh", true);
  defineSymbol(math, rel, "\u21CA", "\\downdownarrows", true);
  defineSymbol(math, rel, "\u21BE", "\\upharpoonright", true);
  defineSymbol(math, rel, "\u21C2", "\\downharpoonright", true);
  defineSymbol(math, rel, "\u21DD", "\\rightsquigarrow", true);
  defineSymbol(math, rel, "\u21DD", "\\leadsto");
  defineSymbol(math, rel, "\u21DB", "\\Rrightarrow", true);
  defineSymbol(math, rel, "\u21BE", "\\restriction");
  defineSymbol(math, textord, "\u2018", "`");
  defineSymbol(math, textord, "$", "\\$");
  defineSymbol(text, textord, "$", "\\$");
  defineSymbol(text, textord, "$", "\\textdollar");
  defineSymbol(math, textord, "¢", "\\cent");
  defineSymbol(text, textord, "¢", "\\cent");
  defineSymbol(math, textord, "%", "\\%");
  defineSymbol(text, textord, "%", "\\%");
  defineSymbol(math, textord, "_", "\\_");
  defineSymbol(text, textord, "_", "\\_");
  defineSymbol(text, textord, "_", "\\textunderscore");
  defineSymbol(text, textord, "\u2423", "\\textvisiblespace", true);
  defineSymbol(math, textord, "\u2220", "\\angle", true);
  defineSymbol(math, textord, "\u221E", "\\infty", true);
  defineSymbol(math, textord, "\u2032", "\\prime");
  defineSymbol(math, textord, "\u2033", "\\dprime");
  defineSymbol(math, textord, "\u2034", "\\trprime");
  defineSymbol(math, textord, "\u2057", "\\qprime");
  defineSymbol(math, textord, "\u25B3", "\\triangle");
  defineSymbol(text, textord, "\u0391", "\\Alpha", true);
  defineSymbol(text, textord, "\u0392", "\\Beta", true);
  defineSymbol(text, textord, "\u0393", "\\Gamma", true);
  defineSymbol(text, textord, "\u0394", "\\Delta", true);
  defineSymbol(text, textord, "\u0395", "\\Epsilon", true);
  defineSymbol(text, textord, "\u0396", "\\Zeta", true);
  defineSymbol(text, textord, "\u0397", "\\Eta", true);
  defineSymbol(text, textord, "\u0398", "\\Theta", true);
  defineSymbol(text, textord, "\u0399", "\\Iota", true);
  defineSymbol(text, textord, "\u039A", "\\Kappa", true);
  defineSymbol(text, textord, "\u039B", "\\Lambda", true);
  defineSymbol(text, textord, "\u039C", "\\Mu", true);
  defineSymbol(text, textord, "\u039D", "\\Nu", true);
  defineSymbol(text, textord, "\u039E", "\\Xi", true);
  defineSymbol(text, textord, "\u039F", "\\Omicron", true);
  defineSymbol(text, textord, "\u03A0", "\\Pi", true);
  defineSymbol(text, textord, "\u03A1", "\\Rho", true);
  defineSymbol(text, textord, "\u03A3", "\\Sigma", true);
  defineSymbol(text, textord, "\u03A4", "\\Tau", true);
  defineSymbol(text, textord, "\u03A5", "\\Upsilon", true);
  defineSymbol(text, textord, "\u03A6", "\\Phi", true);
  defineSymbol(text, textord, "\u03A7", "\\Chi", true);
  defineSymbol(text, textord, "\u03A8", "\\Psi", true);
  defineSymbol(text, textord, "\u03A9", "\\Omega", true);
  defineSymbol(math, mathord, "\u0391", "\\Alpha", true);
  defineSymbol(math, mathord, "\u0392", "\\Beta", true);
  defineSymbol(math, mathord, "\u0393", "\\Gamma", true);
  defineSymbol(math, mathord, "\u0394", "\\Delta", true);
  defineSymbol(math, mathord, "\u0395", "\\Epsilon", true);
  defineSymbol(math, mathord, "\u0396", "\\Zeta", true);
  defineSymbol(math, mathord, "\u0397", "\\Eta", true);
  defineSymbol(math, mathord, "\u0398", "\\Theta", true);
  defineSymbol(math, mathord, "\u0399", "\\Iota", true);
  defineSymbol(math, mathord, "\u039A", "\\Kappa", true);
  defineSymbol(math, mathord, "\u039B", "\\Lambda", true);
  defineSymbol(math, mathord, "\u039C", "\\Mu", true);
  defineSymbol(math, mathord, "\u039D", "\\Nu", true);
  defineSymbol(math, mathord, "\u039E", "\\Xi", true);
  defineSymbol(math, mathord, "\u039F", "\\Omicron", true);
  defineSymbol(math, mathord, "\u03A0", "\\Pi", true);
  defineSymbol(math, mathord, "\u03A1", "\\Rho", true);
  defineSymbol(math, mathord, "\u03A3", "\\Sigma", true);
  defineSymbol(math, mathord, "\u03A4", "\\Tau", true);
  defineSymbol(math, mathord, "\u03A5", "\\Upsilon", true);
  defineSymbol(math, mathord, "\u03A6", "\\Phi", true);
  defineSymbol(math, mathord, "\u03A7", "\\Chi", true);
  defineSymbol(math, mathord, "\u03A8", "\\Psi", true);
  defineSymbol(math, mathord, "\u03A9", "\\Omega", true);
  defineSymbol(math, open, "\xAC", "\\neg", true);
  defineSymbol(math, open, "\xAC", "\\lnot");
  defineSymbol(math, textord, "\u22A4", "\\top");
  defineSymbol(math, textord, "\u22A5", "\\bot");
  defineSymbol(math, textord, "\u2205", "\\emptyset");
  defineSymbol(math, textord, "\u2300", "\\varnothing");
  defineSymbol(math, mathord, "\u03B1", "\\alpha", true);
  defineSymbol(math, mathord, "\u03B2", "\\beta", true);
  defineSymbol(math, mathord, "\u03B3", "\\gamma", true);
  defineSymbol(math, mathord, "\u03B4", "\\delta", true);
  defineSymbol(math, mathord, "\u03F5", "\\epsilon", true);
  defineSymbol(math, mathord, "\u03B6", "\\zeta", true);
  defineSymbol(math, mathord, "\u03B7", "\\eta", true);
  defineSymbol(math, mathord, "\u03B8", "\\theta", true);
  defineSymbol(math, mathord, "\u03B9", "\\iota", true);
  defineSymbol(math, mathord, "\u03BA", "\\kappa", true);
  defineSymbol(math, mathord, "\u03BB", "\\lambda", true);
  defineSymbol(math, mathord, "\u03BC", "\\mu", true);
  defineSymbol(math, mathord, "\u03BD", "\\nu", true);
  defineSymbol(math, mathord, "\u03BE", "\\xi", true);
  defineSymbol(math, mathord, "\u03BF", "\\omicron", true);
  defineSymbol(math, mathord, "\u03C0", "\\pi", true);
  defineSymbol(math, mathord, "\u03C1", "\\rho", true);
  defineSymbol(math, mathord, "\u03C3", "\\sigma", true);
  defineSymbol(math, mathord, "\u03C4", "\\tau", true);
  defineSymbol(math, mathord, "\u03C5", "\\upsilon", true);
  defineSymbol(math, mathord, "\u03D5", "\\phi", true);
  defineSymbol(math, mathord, "\u03C7", "\\chi", true);
  defineSymbol(math, mathord, "\u03C8", "\\psi", true);
  defineSymbol(math, mathord, "\u03C9", "\\omega", true);
  defineSymbol(math, mathord, "\u03B5", "\\varepsilon", true);
  defineSymbol(math, mathord, "\u03D1", "\\vartheta", true);
  defineSymbol(math, mathord, "\u03D6", "\\varpi", true);
  defineSymbol(math, mathord, "\u03F1", "\\varrho", true);
  defineSymbol(math, mathord, "\u03C2", "\\varsigma", true);
  defineSymbol(math, mathord, "\u03C6", "\\varphi", true);
  defineSymbol(math, mathord, "\u03D8", "\\Coppa", true);
  defineSymbol(math, mathord, "\u03D9", "\\coppa", true);
  defineSymbol(math, mathord, "\u03D9", "\\varcoppa", true);
  defineSymbol(math, mathord, "\u03DE", "\\Koppa", true);
  defineSymbol(math, mathord, "\u03DF", "\\koppa", true);
  defineSymbol(math, mathord, "\u03E0", "\\Sampi", true);
  defineSymbol(math, mathord, "\u03E1", "\\sampi", true);
  defineSymbol(math, mathord, "\u03DA", "\\Stigma", true);
  defineSymbol(math, mathord, "\u03DB", "\\stigma", true);
  defineSymbol(math, mathord, "\u2AEB", "\\Bot");

  // unicode-math maps U+F0 to \matheth. We map to AMS function \eth
  defineSymbol(math, textord, "\xF0", "\\eth", true); // ð
  defineSymbol(text, textord, "\xF0", "\xF0");
  // Extended ASCII and non-ASCII Letters
  defineSymbol(math, textord, "\xC5", "\\AA"); // Å
  defineSymbol(text, textord, "\xC5", "\\AA", true);
  defineSymbol(math, textord, "\xC6", "\\AE", true); // Æ
  defineSymbol(text, textord, "\xC6", "\\AE", true);
  defineSymbol(math, textord, "\xD0", "\\DH", true); // Ð
  defineSymbol(text, textord, "\xD0", "\\DH", true);
  defineSymbol(math, textord, "\xDE", "\\TH", true); // Þ
  defineSymbol(text, textord, "\xDE", "\\TH", true);
  defineSymbol(math, textord, "\xDF", "\\ss", true); // ß
  defineSymbol(text, textord, "\xDF", "\\ss", true);
  defineSymbol(math, textord, "\xE5", "\\aa"); // å
  defineSymbol(text, textord, "\xE5", "\\aa", true);
  defineSymbol(math, textord, "\xE6", "\\ae", true); // æ
  defineSymbol(text, textord, "\xE6", "\\ae", true);
  defineSymbol(math, textord, "\xF0", "\\dh"); // ð
  defineSymbol(text, textord, "\xF0", "\\dh", true);
  defineSymbol(math, textord, "\xFE", "\\th", true); // þ
  defineSymbol(text, textord, "\xFE", "\\th", true);
  defineSymbol(math, textord, "\u0110", "\\DJ", true); // Đ
  defineSymbol(text, textord, "\u0110", "\\DJ", true);
  defineSymbol(math, textord, "\u0111", "\\dj", true); // đ
  defineSymbol(text, textord, "\u0111", "\\dj", true);
  defineSymbol(math, textord, "\u0141", "\\L", true); // Ł
  defineSymbol(text, textord, "\u0141", "\\L", true);
  defineSymbol(math, textord, "\u0141", "\\l", true); // ł
  defineSymbol(text, textord, "\u0141", "\\l", true);
  defineSymbol(math, textord, "\u014A", "\\NG", true); // Ŋ
  defineSymbol(text, textord, "\u014A", "\\NG", true);
  defineSymbol(math, textord, "\u014B", "\\ng", true); // ŋ
  defineSymbol(text, textord, "\u014B", "\\ng", true);
  defineSymbol(math, textord, "\u0152", "\\OE", true); // Œ
  defineSymbol(text, textord, "\u0152", "\\OE", true);
  defineSymbol(math, textord, "\u0153", "\\oe", true); // œ
  defineSymbol(text, textord, "\u0153", "\\oe", true);
  defineSymbol(math, bin, "\u2217", "\u2217", true);
  defineSymbol(math, bin, "+", "+");
  defineSymbol(math, bin, "\u2217", "*");
  defineSymbol(math, bin, "\u2044", "/", true);
  defineSymbol(math, bin, "\u2044", "\u2044");
  defineSymbol(math, bin, "\u2212", "-", true);
  defineSymbol(math, bin, "\u22C5", "\\cdot", true);
  defineSymbol(math, bin, "\u2218", "\\circ", true);
  defineSymbol(math, bin, "\xF7", "\\div", true);
  defineSymbol(math, bin, "\xB1", "\\pm", true);
  defineSymbol(math, bin, "\xD7", "\\times", true);
  defineSymbol(math, bin, "\u2229", "\\cap", true);
  defineSymbol(math, bin, "\u222A", "\\cup", true);
  defineSymbol(math, bin, "\u2216", "\\setminus", true);
  defineSymbol(math, bin, "\u2227", "\\land");
  defineSymbol(math, bin, "\u2228", "\\lor");
  defineSymbol(math, bin, "\u2227", "\\wedge", true);
  defineSymbol(math, bin, "\u2228", "\\vee", true);
  defineSymbol(math, open, "\u27E6", "\\llbracket", true); // stmaryrd/semantic packages
  defineSymbol(math, close, "\u27E7", "\\rrbracket", true);
  defineSymbol(math, open, "\u27E8", "\\langle", true);
  defineSymbol(math, open, "\u27EA", "\\lAngle", true);
  defineSymbol(math, open, "\u2989", "\\llangle", true);
  defineSymbol(math, open, "|", "\\lvert");
  defineSymbol(math, open, "\u2016", "\\lVert", true);
  defineSymbol(math, textord, "!", "\\oc"); // cmll package
  defineSymbol(math, textord, "?", "\\wn");
  defineSymbol(math, textord, "\u2193", "\\shpos");
  defineSymbol(math, textord, "\u2195", "\\shift");
  defineSymbol(math, textord, "\u2191", "\\shneg");
  defineSymbol(math, close, "?", "?");
  defineSymbol(math, close, "!", "!");
  defineSymbol(math, close, "‼", "‼");
  defineSymbol(math, close, "\u27E9", "\\rangle", true);
  defineSymbol(math, close, "\u27EB", "\\rAngle", true);
  defineSymbol(math, close, "\u298A", "\\rrangle", true);
  defineSymbol(math, close, "|", "\\rvert");
  defineSymbol(math, close, "\u2016", "\\rVert");
  defineSymbol(math, open, "\u2983", "\\lBrace", true); // stmaryrd/semantic packages
  defineSymbol(math, close, "\u2984", "\\rBrace", true);
  defineSymbol(math, rel, "=", "\\equal", true);
  defineSymbol(math, rel, ":", ":");
  defineSymbol(math, rel, "\u2248", "\\approx", true);
  defineSymbol(math, rel, "\u2245", "\\cong", true);
  defineSymbol(math, rel, "\u2265", "\\ge");
  defineSymbol(math, rel, "\u2265", "\\geq", true);
  defineSymbol(math, rel, "\u2190", "\\gets");
  defineSymbol(math, rel, ">", "\\gt", true);
  defineSymbol(math, rel, "\u2208", "\\in", true);
  defineSymbol(math, rel, "\u2209", "\\notin", true);
  defineSymbol(math, rel, "\uE020", "\\@not");
  defineSymbol(math, rel, "\u2282", "\\subset", true);
  defineSymbol(math, rel, "\u2283", "\\supset", true);
  defineSymbol(math, rel, "\u2286", "\\subseteq", true);
  defineSymbol(math, rel, "\u2287", "\\supseteq", true);
  defineSymbol(math, rel, "\u2288", "\\nsubseteq", true);
  defineSymbol(math, rel, "\u2288", "\\nsubseteqq");
  defineSymbol(math, rel, "\u2289", "\\nsupseteq", true);
  defineSymbol(math, rel, "\u2289", "\\nsupseteqq");
  defineSymbol(math, rel, "\u22A8", "\\models");
  defineSymbol(math, rel, "\u2190", "\\leftarrow", true);
  defineSymbol(math, rel, "\u2264", "\\le");
  defineSymbol(math, rel, "\u2264", "\\leq", true);
  defineSymbol(math, rel, "<", "\\lt", true);
  defineSymbol(math, rel, "\u2192", "\\rightarrow", true);
  defineSymbol(math, rel, "\u2192", "\\to");
  defineSymbol(math, rel, "\u2271", "\\ngeq", true);
  defineSymbol(math, rel, "\u2271", "\\ngeqq");
  defineSymbol(math, rel, "\u2271", "\\ngeqslant");
  defineSymbol(math, rel, "\u2270", "\\nleq", true);
  defineSymbol(math, rel, "\u2270", "\\nleqq");
  defineSymbol(math, rel, "\u2270", "\\nleqslant");
  defineSymbol(math, rel, "\u2AEB", "\\Perp", true); //cmll package
  defineSymbol(math, spacing, "\xA0", "\\ ");
  defineSymbol(math, spacing, "\xA0", "\\space");
  // Ref: LaTeX Source 2e: \DeclareRobustCommand{\nobreakspace}{%
  defineSymbol(math, spacing, "\xA0", "\\nobreakspace");
  defineSymbol(text, spacing, "\xA0", "\\ ");
  defineSymbol(text, spacing, "\xA0", " ");
  defineSymbol(text, spacing, "\xA0", "\\space");
  defineSymbol(text, spacing, "\xA0", "\\nobreakspace");
  defineSymbol(math, spacing, null, "\\nobreak");
  defineSymbol(math, spacing, null, "\\allowbreak");
  defineSymbol(math, punct, ",", ",");
  defineSymbol(text, punct, ":", ":");
  defineSymbol(math, punct, ";", ";");
  defineSymbol(math, bin, "\u22BC", "\\barwedge");
  defineSymbol(math, bin, "\u22BB", "\\veebar");
  defineSymbol(math, bin, "\u2299", "\\odot", true);
  // Firefox turns ⊕ into an emoji. So append \uFE0E. Define Unicode character in macros, not here.
  defineSymbol(math, bin, "\u2295\uFE0E", "\\oplus");
  defineSymbol(math, bin, "\u2297", "\\otimes", true);
  defineSymbol(math, textord, "\u2202", "\\partial", true);
  defineSymbol(math, bin, "\u2298", "\\oslash", true);
  defineSymbol(math, bin, "\u229A", "\\circledcirc", true);
  defineSymbol(math, bin, "\u22A1", "\\boxdot", true);
  defineSymbol(math, bin, "\u25B3", "\\bigtriangleup");
  defineSymbol(math, bin, "\u25BD", "\\bigtriangledown");
  defineSymbol(math, bin, "\u2020", "\\dagger");
  defineSymbol(math, bin, "\u22C4", "\\diamond");
  defineSymbol(math, bin, "\u25C3", "\\triangleleft");
  defineSymbol(math, bin, "\u25B9", "\\triangleright");
  defineSymbol(math, open, "{", "\\{");
  defineSymbol(text, textord, "{", "\\{");
  defineSymbol(text, textord, "{", "\\textbraceleft");
  defineSymbol(math, close, "}", "\\}");
  defineSymbol(text, textord, "}", "\\}");
  defineSymbol(text, textord, "}", "\\textbraceright");
  defineSymbol(math, open, "{", "\\lbrace");
  defineSymbol(math, close, "}", "\\rbrace");
  defineSymbol(math, open, "[", "\\lbrack", true);
  defineSymbol(text, textord, "[", "\\lbrack", true);
  defineSymbol(math, close, "]", "\\rbrack", true);
  defineSymbol(text, textord, "]", "\\rbrack", true);
  defineSymbol(math, open, "(", "\\lparen", true);
  defineSymbol(math, close, ")", "\\rparen", true);
  defineSymbol(math, open, "⦇", "\\llparenthesis", true);
  defineSymbol(math, close, "⦈", "\\rrparenthesis", true);
  defineSymbol(text, textord, "<", "\\textless", true); // in T1 fontenc
  defineSymbol(text, textord, ">", "\\textgreater", true); // in T1 fontenc
  defineSymbol(math, open, "\u230A", "\\lfloor", true);
  defineSymbol(math, close, "\u230B", "\\rfloor", true);
  defineSymbol(math, open, "\u2308", "\\lceil", true);
  defineSymbol(math, close, "\u2309", "\\rceil", true);
  defineSymbol(math, textord, "\\", "\\backslash");
  defineSymbol(math, textord, "|", "|");
  defineSymbol(math, textord, "|", "\\vert");
  defineSymbol(text, textord, "|", "\\textbar", true); // in T1 fontenc
  defineSymbol(math, textord, "\u2016", "\\|");
  defineSymbol(math, textord, "\u2016", "\\Vert");
  defineSymbol(text, textord, "\u2016", "\\textbardbl");
  defineSymbol(text, textord, "~", "\\textasciitilde");
  defineSymbol(text, textord, "\\", "\\textbackslash");
  defineSymbol(text, textord, "^", "\\textasciicircum");
  defineSymbol(math, rel, "\u2191", "\\uparrow", true);
  defineSymbol(math, rel, "\u21D1", "\\Uparrow", true);
  defineSymbol(math, rel, "\u2193", "\\downarrow", true);
  defineSymbol(math, rel, "\u21D3", "\\Downarrow", true);
  defineSymbol(math, rel, "\u2195", "\\updownarrow", true);
  defineSymbol(math, rel, "\u21D5", "\\Updownarrow", true);
  defineSymbol(math, op, "\u2210", "\\coprod");
  defineSymbol(math, op, "\u22C1", "\\bigvee");
  defineSymbol(math, op, "\u22C0", "\\bigwedge");
  defineSymbol(math, op, "\u2A04", "\\biguplus");
  defineSymbol(math, op, "\u2A04", "\\bigcupplus");
  defineSymbol(math, op, "\u2A03", "\\bigcupdot");
  defineSymbol(math, op, "\u2A07", "\\bigdoublevee");
  defineSymbol(math, op, "\u2A08", "\\bigdoublewedge");
  defineSymbol(math, op, "\u22C2", "\\bigcap");
  defineSymbol(math, op, "\u22C3", "\\bigcup");
  defineSymbol(math, op, "\u222B", "\\int");
  defineSymbol(math, op, "\u222B", "\\intop");
  defineSymbol(math, op, "\u222C", "\\iint");
  defineSymbol(math, op, "\u222D", "\\iiint");
  defineSymbol(math, op, "\u220F", "\\prod");
  defineSymbol(math, op, "\u2211", "\\sum");
  defineSymbol(math, op, "\u2A02", "\\bigotimes");
  defineSymbol(math, op, "\u2A01", "\\bigoplus");
  defineSymbol(math, op, "\u2A00", "\\bigodot");
  defineSymbol(math, op, "\u2A09", "\\bigtimes");
  defineSymbol(math, op, "\u222E", "\\oint");
  defineSymbol(math, op, "\u222F", "\\oiint");
  defineSymbol(math, op, "\u2230", "\\oiiint");
  defineSymbol(math, op, "\u2231", "\\intclockwise");
  defineSymbol(math, op, "\u2232", "\\varointclockwise");
  defineSymbol(math, op, "\u2A0C", "\\iiiint");
  defineSymbol(math, op, "\u2A0D", "\\intbar");
  defineSymbol(math, op, "\u2A0E", "\\intBar");
  defineSymbol(math, op, "\u2A0F", "\\fint");
  defineSymbol(math, op, "\u2A12", "\\rppolint");
  defineSymbol(math, op, "\u2A13", "\\scpolint");
  defineSymbol(math, op, "\u2A15", "\\pointint");
  defineSymbol(math, op, "\u2A16", "\\sqint");
  defineSymbol(math, op, "\u2A17", "\\intlarhk");
  defineSymbol(math, op, "\u2A18", "\\intx");
  defineSymbol(math, op, "\u2A19", "\\intcap");
  defineSymbol(math, op, "\u2A1A", "\\intcup");
  defineSymbol(math, op, "\u2A05", "\\bigsqcap");
  defineSymbol(math, op, "\u2A06", "\\bigsqcup");
  defineSymbol(math, op, "\u222B", "\\smallint");
  defineSymbol(text, inner, "\u2026", "\\textellipsis");
  defineSymbol(math, inner, "\u2026", "\\mathellipsis");
  defineSymbol(text, inner, "\u2026", "\\ldots", true);
  defineSymbol(math, inner, "\u2026", "\\ldots", true);
  defineSymbol(math, inner, "\u22F0", "\\iddots", true);
  defineSymbol(math, inner, "\u22EF", "\\@cdots", true);
  defineSymbol(math, inner, "\u22F1", "\\ddots", true);
  defineSymbol(math, textord, "\u22EE", "\\varvdots"); // \vdots is a macro
  defineSymbol(text, textord, "\u22EE", "\\varvdots");
  defineSymbol(math, accent, "\xB4", "\\acute");
  defineSymbol(math, accent, "`", "\\grave");
  defineSymbol(math, accent, "\xA8", "\\ddot");
  defineSymbol(math, accent, "\u2026", "\\dddot");
  defineSymbol(math, accent, "\u2026.", "\\ddddot");
  defineSymbol(math, accent, "~", "\\tilde");
  defineSymbol(math, accent, "\u203E", "\\bar");
  defineSymbol(math, accent, "\u02D8", "\\breve");
  defineSymbol(math, accent, "\u02C7", "\\check");
  defineSymbol(math, accent, "\u02C6", "\\hat");
  defineSymbol(math, accent, "\u2192", "\\vec");
  defineSymbol(math, accent, "\u02D9", "\\dot");
  defineSymbol(math, accent, "\u02DA", "\\mathring");
  defineSymbol(math, mathord, "\u0131", "\\imath", true);
  defineSymbol(math, mathord, "\u0237", "\\jmath", true);
  defineSymbol(math, textord, "\u0131", "\u0131");
  defineSymbol(math, textord, "\u0237", "\u0237");
  defineSymbol(text, textord, "\u0131", "\\i", true);
  defineSymbol(text, textord, "\u0237", "\\j", true);
  defineSymbol(text, textord, "\xF8", "\\o", true);
  defineSymbol(math, mathord, "\xF8", "\\o", true);
  defineSymbol(text, textord, "\xD8", "\\O", true);
  defineSymbol(math, mathord, "\xD8", "\\O", true);
  defineSymbol(text, accent, "\u02CA", "\\'"); // acute
  defineSymbol(text, accent, "\u02CB", "\\`"); // grave
  defineSymbol(text, accent, "\u02C6", "\\^"); // circumflex
  defineSymbol(text, accent, "~", "\\~"); // tilde
  defineSymbol(text, accent, "\u02C9", "\\="); // macron
  defineSymbol(text, accent, "\u02D8", "\\u"); // breve
  defineSymbol(text, accent, "\u02D9", "\\."); // dot above
  defineSymbol(text, accent, "\xB8", "\\c"); // cedilla
  defineSymbol(text, accent, "\u02DA", "\\r"); // ring above
  defineSymbol(text, accent, "\u02C7", "\\v"); // caron
  defineSymbol(text, accent, "\xA8", '\\"'); // diaeresis
  defineSymbol(text, accent, "\u02DD", "\\H"); // double acute
  defineSymbol(math, accent, "\u02CA", "\\'"); // acute
  defineSymbol(math, accent, "\u02CB", "\\`"); // grave
  defineSymbol(math, accent, "\u02C6", "\\^"); // circumflex
  defineSymbol(math, accent, "~", "\\~"); // tilde
  defineSymbol(math, accent, "\u02C9", "\\="); // macron
  defineSymbol(math, accent, "\u02D8", "\\u"); // breve
  defineSymbol(math, accent, "\u02D9", "\\."); // dot above
  defineSymbol(math, accent, "\xB8", "\\c"); // cedilla
  defineSymbol(math, accent, "\u02DA", "\\r"); // ring above
  defineSymbol(math, accent, "\u02C7", "\\v"); // caron
  defineSymbol(math, accent, "\xA8", '\\"'); // diaeresis
  defineSymbol(math, accent, "\u02DD", "\\H"); // double acute

  // These ligatures are detected and created in Parser.js's `formLigatures`.
  var ligatures = {
    "--": true,
    "---": true,
    "``": true,
    "''": true
  };
  defineSymbol(text, textord, "\u2013", "--", true);
  defineSymbol(text, textord, "\u2013", "\\textendash");
  defineSymbol(text, textord, "\u2014", "---", true);
  defineSymbol(text, textord, "\u2014", "\\textemdash");
  defineSymbol(text, textord, "\u2018", "`", true);
  defineSymbol(text, textord, "\u2018", "\\textquoteleft");
  defineSymbol(text, textord, "\u2019", "'", true);
  defineSymbol(text, textord, "\u2019", "\\textquoteright");
  defineSymbol(text, textord, "\u201C", "``", true);
  defineSymbol(text, textord, "\u201C", "\\textquotedblleft");
  defineSymbol(text, textord, "\u201D", "''", true);
  defineSymbol(text, textord, "\u201D", "\\textquotedblright");
  //  \degree from gensymb package
  defineSymbol(math, textord, "\xB0", "\\degree", true);
  defineSymbol(text, textord, "\xB0", "\\degree");
  // \textdegree from inputenc package
  defineSymbol(text, textord, "\xB0", "\\textdegree", true);
  // TODO: In LaTeX, \pounds can generate a different character in text and math
  // mode, but among our fonts, only Main-Regular defines this character "163".
  defineSymbol(math, textord, "\xA3", "\\pounds");
  defineSymbol(math, textord, "\xA3", "\\mathsterling", true);
  defineSymbol(text, textord, "\xA3", "\\pounds");
  defineSymbol(text, textord, "\xA3", "\\textsterling", true);
  defineSymbol(math, textord, "\u2720", "\\maltese");
  defineSymbol(text, textord, "\u2720", "\\maltese");
  defineSymbol(math, textord, "\u20AC", "\\euro", true);
  defineSymbol(text, textord, "\u20AC", "\\euro", true);
  defineSymbol(text, textord, "\u20AC", "\\texteuro");
  defineSymbol(math, textord, "\xA9", "\\copyright", true);
  defineSymbol(text, textord, "\xA9", "\\textcopyright");
  defineSymbol(math, textord, "\u2300", "\\diameter", true);
  defineSymbol(text, textord, "\u2300", "\\diameter");

  // Italic Greek
  defineSymbol(math, textord, "𝛤", "\\varGamma");
  defineSymbol(math, textord, "𝛥", "\\varDelta");
  defineSymbol(math, textord, "𝛩", "\\varTheta");
  defineSymbol(math, textord, "𝛬", "\\varLambda");
  defineSymbol(math, textord, "𝛯", "\\varXi");
  defineSymbol(math, textord, "𝛱", "\\varPi");
  defineSymbol(math, textord, "𝛴", "\\varSigma");
  defineSymbol(math, textord, "𝛶", "\\varUpsilon");
  defineSymbol(math, textord, "𝛷", "\\varPhi");
  defineSymbol(math, textord, "𝛹", "\\varPsi");
  defineSymbol(math, textord, "𝛺", "\\varOmega");
  defineSymbol(text, textord, "𝛤", "\\varGamma");
  defineSymbol(text, textord, "𝛥", "\\varDelta");
  defineSymbol(text, textord, "𝛩", "\\varTheta");
  defineSymbol(text, textord, "𝛬", "\\varLambda");
  defineSymbol(text, textord, "𝛯", "\\varXi");
  defineSymbol(text, textord, "𝛱", "\\varPi");
  defineSymbol(text, textord, "𝛴", "\\varSigma");
  defineSymbol(text, textord, "𝛶", "\\varUpsilon");
  defineSymbol(text, textord, "𝛷", "\\varPhi");
  defineSymbol(text, textord, "𝛹", "\\varPsi");
  defineSymbol(text, textord, "𝛺", "\\varOmega");

  // There are lots of symbols which are the same, so we add them in afterwards.
  // All of these are textords in math mode
  var mathTextSymbols = '0123456789/@."';
  for (var i = 0; i < mathTextSymbols.length; i++) {
    var ch = mathTextSymbols.charAt(i);
    defineSymbol(math, textord, ch, ch);
  }

  // All of these are textords in text mode
  var textSymbols = '0123456789!@*()-=+";:?/.,';
  for (var _i2 = 0; _i2 < textSymbols.length; _i2++) {
    var _ch = textSymbols.charAt(_i2);
    defineSymbol(text, textord, _ch, _ch);
  }

  // All of these are textords in text mode, and mathords in math mode
  var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  for (var _i3 = 0; _i3 < letters.length; _i3++) {
    var _ch2 = letters.charAt(_i3);
    defineSymbol(math, mathord, _ch2, _ch2);
    defineSymbol(text, textord, _ch2, _ch2);
  }

  // Some more letters in Unicode Basic Multilingual Plane.
  var narrow = "ÇÐÞçþℂℍℕℙℚℝℤℎℏℊℋℌℐℑℒℓ℘ℛℜℬℰℱℳℭℨ";
  for (var _i4 = 0; _i4 < narrow.length; _i4++) {
    var _ch3 = narrow.charAt(_i4);
    defineSymbol(math, mathord, _ch3, _ch3);
    defineSymbol(text, textord, _ch3, _ch3);
  }

  // The next loop loads wide (surrogate pair) characters.
  // We support some letters in the Unicode range U+1D400 to U+1D7FF,
  // Mathematical Alphanumeric Symbols.
  var wideChar = "";
  for (var _i5 = 0; _i5 < letters.length; _i5++) {
    // The hex numbers in the next line are a surrogate pair.
    // 0xD835 is the high surrogate for all letters in the range we support.
    // 0xDC00 is the low surrogate for bold A.
    wideChar = String.fromCharCode(0xd835, 0xdc00 + _i5); // A-Z a-z bold
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdc34 + _i5); // A-Z a-z italic
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdc68 + _i5); // A-Z a-z bold italic
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdd04 + _i5); // A-Z a-z Fractur
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdda0 + _i5); // A-Z a-z sans-serif
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xddd4 + _i5); // A-Z a-z sans bold
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xde08 + _i5); // A-Z a-z sans italic
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xde70 + _i5); // A-Z a-z monospace
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdd38 + _i5); // A-Z a-z double struck
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    var _ch4 = letters.charAt(_i5);
    wideChar = String.fromCharCode(0xd835, 0xdc9c + _i5); // A-Z a-z calligraphic
    defineSymbol(math, mathord, _ch4, wideChar);
    defineSymbol(text, textord, _ch4, wideChar);
  }

  // Next, some wide character numerals
  for (var _i6 = 0; _i6 < 10; _i6++) {
    wideChar = String.fromCharCode(0xd835, 0xdfce + _i6); // 0-9 bold
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdfe2 + _i6); // 0-9 sans serif
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdfec + _i6); // 0-9 bold sans
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
    wideChar = String.fromCharCode(0xd835, 0xdff6 + _i6); // 0-9 monospace
    defineSymbol(math, mathord, wideChar, wideChar);
    defineSymbol(text, textord, wideChar, wideChar);
  }

  /*
   * Neither Firefox nor Chrome support hard line breaks or soft line breaks.
   * (Despite https://www.w3.org/Math/draft-spec/mathml.html#chapter3_presm.lbattrs)
   * So Temml has work-arounds for both hard and soft breaks.
   * The work-arounds sadly do not work simultaneously. Any top-level hard
   * break makes soft line breaks impossible.
   *
   * Hard breaks are simulated by creating a <mtable> and putting each line in its own <mtr>.
   *
   * To create soft line breaks, Temml avoids using the <semantics> and <annotation> tags.
   * Then the top level of a <math> element can be occupied by <mrow> elements, and the browser
   * will break after a <mrow> if the expression extends beyond the container limit.
   *
   * The default is for soft line breaks after each top-level binary or
   * relational operator, per TeXbook p. 173. So we gather the expression into <mrow>s so that
   * each <mrow> ends in a binary or relational operator.
   *
   * An option is for soft line breaks before an "=" sign. That changes the <mrow>s.
   *
   * Soft line breaks will not work in Chromium and Safari, only Firefox.
   *
   * Hopefully browsers will someday do their own linebreaking and we will be able to delete
   * much of this module.
   */

  function setLineBreaks(expression, wrapMode, isDisplayMode) {
    var mtrs = [];
    var mrows = [];
    var block = [];
    var numTopLevelEquals = 0;
    var i = 0;
    while (i < expression.length) {
      while (expression[i] instanceof DocumentFragment) {
        _callSpread(expression.splice, expression, [i, 1].concat(expression[i].children)); // Expand the fragment.
      }
      var node = expression[i];
      if (node.attributes && node.attributes.linebreak && node.attributes.linebreak === "newline") {
        // A hard line break. Create a <mtr> for the current block.
        if (block.length > 0) {
          mrows.push(new MathNode("mrow", block));
        }
        mrows.push(node);
        block = [];
        var mtd = new MathNode("mtd", mrows);
        mtd.style.textAlign = "left";
        mtrs.push(new MathNode("mtr", [mtd]));
        mrows = [];
        i += 1;
        continue;
      }
      block.push(node);
      if (node.type && node.type === "mo" && node.children.length === 1 && !(node.attributes.form && node.attributes.form === "prefix") &&
      // unary operators
      !Object.prototype.hasOwnProperty.call(node.attributes, "movablelimits")) {
        var _ch5 = node.children[0].text;
        if (wrapMode === "=" && _ch5 === "=") {
          numTopLevelEquals += 1;
          if (numTopLevelEquals > 1) {
            block.pop();
            // Start a new block. (Insert a soft linebreak.)
            var element = new MathNode("mrow", block);
            mrows.push(element);
            block = [node];
          }
        } else if (wrapMode === "tex") {
          // Check if the following node is a \nobreak text node, e.g. "~""
          var next = i < expression.length - 1 ? expression[i + 1] : null;
          var glueIsFreeOfNobreak = true;
          if (!(next && next.type === "mtext" && next.attributes.linebreak && next.attributes.linebreak === "nobreak")) {
            // We may need to start a new block.
            // First, put any post-operator glue on same line as operator.
            for (var j = i + 1; j < expression.length; j++) {
              var nd = expression[j];
              if (nd.type && nd.type === "mspace" && !(nd.attributes.linebreak && nd.attributes.linebreak === "newline")) {
                block.push(nd);
                i += 1;
                if (nd.attributes && nd.attributes.linebreak && nd.attributes.linebreak === "nobreak") {
                  glueIsFreeOfNobreak = false;
                }
              } else {
                break;
              }
            }
          }
          if (glueIsFreeOfNobreak) {
            // Start a new block. (Insert a soft linebreak.)
            var _element = new MathNode("mrow", block);
            mrows.push(_element);
            block = [];
          }
        }
      }
      i += 1;
    }
    if (block.length > 0) {
      var _element2 = new MathNode("mrow", block);
      mrows.push(_element2);
    }
    if (mtrs.length > 0) {
      var _mtd = new MathNode("mtd", mrows);
      _mtd.style.textAlign = "left";
      var mtr = new MathNode("mtr", [_mtd]);
      mtrs.push(mtr);
      var mtable = new MathNode("mtable", mtrs);
      if (!isDisplayMode) {
        mtable.setAttribute("columnalign", "left");
        mtable.setAttribute("rowspacing", "0em");
      }
      return mtable;
    }
    return newDocumentFragment(mrows);
  }

  /**
   * This file converts a parse tree into a corresponding MathML tree. The main
   * entry point is the `buildMathML` function, which takes a parse tree from the
   * parser.
   */

  /**
   * Takes a symbol and converts it into a MathML text node after performing
   * optional replacement from symbols.js.
   */
  var makeText = function makeText(text, mode, style) {
    if (symbols[mode][text] && symbols[mode][text].replace && text.charCodeAt(0) !== 0xd835 && !(Object.prototype.hasOwnProperty.call(ligatures, text) && style && (style.fontFamily && style.fontFamily.slice(4, 6) === "tt" || style.font && style.font.slice(4, 6) === "tt"))) {
      text = symbols[mode][text].replace;
    }
    return new TextNode(text);
  };
  var copyChar = function copyChar(newRow, child) {
    if (newRow.children.length === 0 || newRow.children[newRow.children.length - 1].type !== "mtext") {
      var mtext = new MathNode("mtext", [new TextNode(child.children[0].text)]);
      newRow.children.push(mtext);
    } else {
      newRow.children[newRow.children.length - 1].children[0].text += child.children[0].text;
    }
  };
  var consolidateText = function consolidateText(mrow) {
    // If possible, consolidate adjacent <mtext> elements into a single element.
    if (mrow.type !== "mrow" && mrow.type !== "mstyle") {
      return mrow;
    }
    if (mrow.children.length === 0) {
      return mrow;
    } // empty group, e.g., \text{}
    var newRow = new MathNode("mrow");
    for (var _i7 = 0; _i7 < mrow.children.length; _i7++) {
      var child = mrow.children[_i7];
      if (child.type === "mtext" && Object.keys(child.attributes).length === 0) {
        copyChar(newRow, child);
      } else if (child.type === "mrow") {
        // We'll also check the children of an mrow. One level only. No recursion.
        var canConsolidate = true;
        for (var j = 0; j < child.children.length; j++) {
          var grandChild = child.children[j];
          if (grandChild.type !== "mtext" || Object.keys(child.attributes).length !== 0) {
            canConsolidate = false;
            break;
          }
        }
        if (canConsolidate) {
          for (var _j = 0; _j < child.children.length; _j++) {
            var _grandChild = child.children[_j];
            copyChar(newRow, _grandChild);
          }
        } else {
          newRow.children.push(child);
        }
      } else {
        newRow.children.push(child);
      }
    }
    for (var _i8 = 0; _i8 < newRow.children.length; _i8++) {
      if (newRow.children[_i8].type === "mtext") {
        var mtext = newRow.children[_i8];
        // Firefox does not render a space at either end of an <mtext> string.
        // To get proper rendering, we replace leading or trailing spaces with no-break spaces.
        if (mtext.children[0].text.charAt(0) === " ") {
          mtext.children[0].text = "\xA0" + mtext.children[0].text.slice(1);
        }
        var L = mtext.children[0].text.length;
        if (L > 0 && mtext.children[0].text.charAt(L - 1) === " ") {
          mtext.children[0].text = mtext.children[0].text.slice(0, -1) + "\xA0";
        }
        for (var _i9 = 0, _Object$entries = Object.entries(mrow.attributes); _i9 < _Object$entries.length; _i9++) {
          var _Object$entries$_i = _Object$entries[_i9],
            key = _Object$entries$_i[0],
            value = _Object$entries$_i[1];
          mtext.attributes[key] = value;
        }
      }
    }
    if (newRow.children.length === 1 && newRow.children[0].type === "mtext") {
      return newRow.children[0]; // A consolidated <mtext>
    } else {
      return newRow;
    }
  };

  /**
   * Wrap the given array of nodes in an <mrow> node if needed, i.e.,
   * unless the array has length 1.  Always returns a single node.
   */
  var makeRow = function makeRow(body, semisimple) {
    if (semisimple === void 0) {
      semisimple = false;
    }
    if (body.length === 1 && !(body[0] instanceof DocumentFragment)) {
      return body[0];
    } else if (!semisimple) {
      // Suppress spacing on <mo> nodes at both ends of the row.
      if (body[0] instanceof MathNode && body[0].type === "mo" && !body[0].attributes.fence) {
        body[0].attributes.lspace = "0em";
        body[0].attributes.rspace = "0em";
      }
      var end = body.length - 1;
      if (body[end] instanceof MathNode && body[end].type === "mo" && !body[end].attributes.fence) {
        body[end].attributes.lspace = "0em";
        body[end].attributes.rspace = "0em";
      }
    }
    return new MathNode("mrow", body);
  };

  /**
   * Check for <mi>.</mi> which is how a dot renders in MathML,
   * or <mo separator="true" lspace="0em" rspace="0em">,</mo>
   * which is how a braced comma {,} renders in MathML
   */
  function isNumberPunctuation(group) {
    if (!group) {
      return false;
    }
    if (group.type === 'mi' && group.children.length === 1) {
      var child = group.children[0];
      return child instanceof TextNode && child.text === '.';
    } else if (group.type === "mtext" && group.children.length === 1) {
      var _child = group.children[0];
      return _child instanceof TextNode && _child.text === "\u2008"; // punctuation space
    } else if (group.type === 'mo' && group.children.length === 1 && group.getAttribute('separator') === 'true' && group.getAttribute('lspace') === '0em' && group.getAttribute('rspace') === '0em') {
      var _child2 = group.children[0];
      return _child2 instanceof TextNode && _child2.text === ',';
    } else {
      return false;
    }
  }
  var isComma = function isComma(expression, i) {
    var node = expression[i];
    var followingNode = expression[i + 1];
    return node.type === "atom" && node.text === "," &&
    // Don't consolidate if there is a space after the comma.
    node.loc && followingNode.loc && node.loc.end === followingNode.loc.start;
  };
  var isRel = function isRel(item) {
    return item.type === "atom" && item.family === "rel" || item.type === "mclass" && item.mclass === "mrel";
  };

  /**
   * Takes a list of nodes, builds them, and returns a list of the generated
   * MathML nodes.  Also do a couple chores along the way:
   * (1) Suppress spacing when an author wraps an operator w/braces, as in {=}.
   * (2) Suppress spacing between two adjacent relations.
   */
  var buildExpression = function buildExpression(expression, style, semisimple) {
    if (semisimple === void 0) {
      semisimple = false;
    }
    if (!semisimple && expression.length === 1) {
      var group = buildGroup$1(expression[0], style);
      if (group instanceof MathNode && group.type === "mo") {
        // When TeX writers want to suppress spacing on an operator,
        // they often put the operator by itself inside braces.
        group.setAttribute("lspace", "0em");
        group.setAttribute("rspace", "0em");
      }
      return [group];
    }
    var groups = [];
    var groupArray = [];
    var lastGroup;
    for (var _i0 = 0; _i0 < expression.length; _i0++) {
      groupArray.push(buildGroup$1(expression[_i0], style));
    }
    for (var _i1 = 0; _i1 < groupArray.length; _i1++) {
      var _group = groupArray[_i1];

      // Suppress spacing between adjacent relations
      if (_i1 < expression.length - 1 && isRel(expression[_i1]) && isRel(expression[_i1 + 1])) {
        _group.setAttribute("rspace", "0em");
      }
      if (_i1 > 0 && isRel(expression[_i1]) && isRel(expression[_i1 - 1])) {
        _group.setAttribute("lspace", "0em");
      }

      // Concatenate numbers
      if (_group.type === 'mn' && lastGroup && lastGroup.type === 'mn') {
        var _lastGroup$children;
        // Concatenate <mn>...</mn> followed by <mi>.</mi>
        _callSpread((_lastGroup$children = lastGroup.children).push, _lastGroup$children, _group.children);
        continue;
      } else if (isNumberPunctuation(_group) && lastGroup && lastGroup.type === 'mn') {
        var _lastGroup$children2;
        // Concatenate <mn>...</mn> followed by <mi>.</mi>
        _callSpread((_lastGroup$children2 = lastGroup.children).push, _lastGroup$children2, _group.children);
        continue;
      } else if (lastGroup && lastGroup.type === "mn" && _i1 < groupArray.length - 1 && groupArray[_i1 + 1].type === "mn" && isComma(expression, _i1)) {
        var _lastGroup$children3;
        _callSpread((_lastGroup$children3 = lastGroup.children).push, _lastGroup$children3, _group.children);
        continue;
      } else if (_group.type === 'mn' && isNumberPunctuation(lastGroup)) {
        // Concatenate <mi>.</mi> followed by <mn>...</mn>
        _group.children = [].concat(lastGroup.children.slice(), _group.children);
        groups.pop();
      } else if ((_group.type === 'msup' || _group.type === 'msub') && _group.children.length >= 1 && lastGroup && (lastGroup.type === 'mn' || isNumberPunctuation(lastGroup))) {
        // Put preceding <mn>...</mn> or <mi>.</mi> inside base of
        // <msup><mn>...base...</mn>...exponent...</msup> (or <msub>)
        var base = _group.children[0];
        if (base instanceof MathNode && base.type === 'mn' && lastGroup) {
          base.children = [].concat(lastGroup.children.slice(), base.children);
          groups.pop();
        }
      }
      groups.push(_group);
      lastGroup = _group;
    }
    return groups;
  };

  /**
   * Equivalent to buildExpression, but wraps the elements in an <mrow>
   * if there's more than one.  Returns a single node instead of an array.
   */
  var buildExpressionRow = function buildExpressionRow(expression, style, semisimple) {
    if (semisimple === void 0) {
      semisimple = false;
    }
    return makeRow(buildExpression(expression, style, semisimple), semisimple);
  };

  /**
   * Takes a group from the parser and calls the appropriate groupBuilders function
   * on it to produce a MathML node.
   */
  var buildGroup$1 = function buildGroup$1(group, style) {
    if (!group) {
      return new MathNode("mrow");
    }
    if (_mathmlGroupBuilders[group.type]) {
      // Call the groupBuilders function
      var result = _mathmlGroupBuilders[group.type](group, style);
      return result;
    } else {
      throw new ParseError("Got group of unknown type: '" + group.type + "'");
    }
  };
  var glue$1 = function glue$1(_) {
    return new MathNode("mtd", [], [], {
      padding: "0",
      width: "50%"
    });
  };
  var labelContainers = ["mrow", "mtd", "mtable", "mtr"];
  var _getLabel = function getLabel(parent) {
    for (var _iterator3 = _createForOfIteratorHelperLoose(parent.children), _step3; !(_step3 = _iterator3()).done;) {
      var node = _step3.value;
      if (node.type && labelContainers.includes(node.type)) {
        if (node.classes && node.classes[0] === "tml-label") {
          var label = node.label;
          return label;
        } else {
          var _label = _getLabel(node);
          if (_label) {
            return _label;
          }
        }
      } else if (!node.type) {
        var _label2 = _getLabel(node);
        if (_label2) {
          return _label2;
        }
      }
    }
  };
  var taggedExpression = function taggedExpression(expression, tag, style, leqno) {
    tag = buildExpressionRow(tag[0].body, style);
    tag = consolidateText(tag); // tag is now an <mtext> element
    tag.classes.push("tml-tag"); // to be available for \ref

    var label = _getLabel(expression); // from a \label{} function.
    expression = new MathNode("mtd", [expression]);
    var rowArray = [glue$1(), expression, glue$1()];
    rowArray[leqno ? 0 : 2].children.push(tag);
    var mtr = new MathNode("mtr", rowArray, ["tml-tageqn"]);
    if (label) {
      mtr.setAttribute("id", label);
    }
    var table = new MathNode("mtable", [mtr]);
    table.style.width = "100%";
    table.setAttribute("displaystyle", "true");
    return table;
  };

  /**
   * Takes a full parse tree and settings and builds a MathML representation of
   * it.
   */
  function buildMathML(tree, texExpression, style, settings) {
    // Strip off outer tag wrapper for processing below.
    var tag = null;
    if (tree.length === 1 && tree[0].type === "tag") {
      tag = tree[0].tag;
      tree = tree[0].body;
    }
    var expression = buildExpression(tree, style);
    if (expression.length === 1 && expression[0] instanceof AnchorNode) {
      return expression[0];
    }
    var wrap = settings.displayMode || settings.annotate ? "none" : settings.wrap;
    var n1 = expression.length === 0 ? null : expression[0];
    var wrapper = expression.length === 1 && tag === null && n1 instanceof MathNode ? expression[0] : setLineBreaks(expression, wrap, settings.displayMode);
    if (tag) {
      wrapper = taggedExpression(wrapper, tag, style, settings.leqno);
    }
    if (settings.annotate) {
      // Build a TeX annotation of the source
      var annotation = new MathNode("annotation", [new TextNode(texExpression)]);
      annotation.setAttribute("encoding", "application/x-tex");
      wrapper = new MathNode("semantics", [wrapper, annotation]);
    }
    var math = new MathNode("math", [wrapper]);
    if (settings.xml) {
      math.setAttribute("xmlns", "http://www.w3.org/1998/Math/MathML");
    }
    if (settings.displayMode) {
      math.setAttribute("display", "block");
      math.style.display = "block math"; // necessary in Chromium.
      // Firefox and Safari do not recognize display: "block math".
      // Set a class so that the CSS file can set display: block.
      math.classes = ["tml-display"];
    }
    return math;
  }

  // From the KaTeX font metrics, identify letters whose accents need a italic correction.
  var smallNudge = "DHKLUcegorsuvxyzΠΥΨαδηιμνοτυχϵ";
  var mediumNudge = "BCEGIMNOPQRSTXZlpqtwΓΘΞΣΦΩβεζθξρςφψϑϕϱ";
  var largeNudge = "AFJdfΔΛ";
  var mathmlBuilder$a = function mathmlBuilder$a(group, style) {
    var accentNode$1 = group.isStretchy ? accentNode(group) : new MathNode("mo", [makeText(group.label, group.mode)]);
    if (!group.isStretchy) {
      accentNode$1.setAttribute("stretchy", "false"); // Keep Firefox from stretching \check
    }
    if (group.label !== "\\vec") {
      accentNode$1.style.mathDepth = "0"; // not scriptstyle
      // Don't use attribute accent="true" because MathML Core eliminates a needed space.
    }
    var tag = group.label === "\\c" ? "munder" : "mover";
    var needsWbkVertShift = needsWebkitVerticalShift.has(group.label);
    if (tag === "mover" && group.mode === "math" && !group.isStretchy && group.base.text && group.base.text.length === 1) {
      var _text = group.base.text;
      var isVec = group.label === "\\vec";
      var vecPostfix = isVec === "\\vec" ? "-vec" : "";
      if (isVec) {
        accentNode$1.classes.push("tml-vec"); // Firefox sizing of \vec arrow
      }
      var wbkPostfix = isVec ? "-vec" : needsWbkVertShift ? "-acc" : "";
      if (smallNudge.indexOf(_text) > -1) {
        accentNode$1.classes.push("chr-sml" + vecPostfix);
        accentNode$1.classes.push("wbk-sml" + wbkPostfix);
      } else if (mediumNudge.indexOf(_text) > -1) {
        accentNode$1.classes.push("chr-med" + vecPostfix);
        accentNode$1.classes.push("wbk-med" + wbkPostfix);
      } else if (largeNudge.indexOf(_text) > -1) {
        accentNode$1.classes.push("chr-lrg" + vecPostfix);
        accentNode$1.classes.push("wbk-lrg" + wbkPostfix);
      } else if (isVec) {
        accentNode$1.classes.push("wbk-vec");
      } else if (needsWbkVertShift) {
        accentNode$1.classes.push("wbk-acc");
      }
    } else if (needsWbkVertShift) {
      // text-mode accents
      accentNode$1.classes.push("wbk-acc");
    }
    var node = new MathNode(tag, [buildGroup$1(group.base, style), accentNode$1]);
    return node;
  };
  var nonStretchyAccents = new Set(["\\acute", "\\check", "\\grave", "\\ddot", "\\dddot", "\\ddddot", "\\tilde", "\\bar", "\\breve", "\\check", "\\hat", "\\vec", "\\dot", "\\mathring"]);
  var needsWebkitVerticalShift = new Set(["\\acute", "\\bar", "\\breve", "\\check", "\\dot", "\\ddot", "\\grave", "\\hat", "\\mathring", "\\`", "\\'", "\\^", "\\=", "\\u", "\\.", '\\"', "\\r", "\\H", "\\v"]);
  var combiningChar = {
    "\\`": "\u0300",
    "\\'": "\u0301",
    "\\^": "\u0302",
    "\\~": "\u0303",
    "\\=": "\u0304",
    "\\u": "\u0306",
    "\\.": "\u0307",
    '\\"': "\u0308",
    "\\r": "\u030A",
    "\\H": "\u030B",
    "\\v": "\u030C",
    "\\c": "\u0327"
  };

  // Accents
  defineFunction({
    type: "accent",
    names: ["\\acute", "\\grave", "\\ddot", "\\dddot", "\\ddddot", "\\tilde", "\\bar", "\\breve", "\\check", "\\hat", "\\vec", "\\dot", "\\mathring", "\\overparen", "\\widecheck", "\\widehat", "\\wideparen", "\\widetilde", "\\overrightarrow", "\\overleftarrow", "\\Overrightarrow", "\\overleftrightarrow", "\\overgroup", "\\overleftharpoon", "\\overrightharpoon"],
    props: {
      numArgs: 1
    },
    handler: function handler(context, args) {
      var base = normalizeArgument(args[0]);
      var isStretchy = !nonStretchyAccents.has(context.funcName);
      return {
        type: "accent",
        mode: context.parser.mode,
        label: context.funcName,
        isStretchy: isStretchy,
        base: base
      };
    },
    mathmlBuilder: mathmlBuilder$a
  });

  // Text-mode accents
  defineFunction({
    type: "accent",
    names: ["\\'", "\\`", "\\^", "\\~", "\\=", "\\c", "\\u", "\\.", '\\"', "\\r", "\\H", "\\v"],
    props: {
      numArgs: 1,
      allowedInText: true,
      allowedInMath: true,
      argTypes: ["primitive"]
    },
    handler: function handler(context, args) {
      var base = normalizeArgument(args[0]);
      var mode = context.parser.mode;
      if (mode === "math" && context.parser.settings.strict) {
        // LaTeX only writes a warning. It doesn't stop. We'll issue the same warning.
        // eslint-disable-next-line no-console
        console.log("Temml parse error: Command " + context.funcName + " is invalid in math mode.");
      }
      if (mode === "text" && base.text && base.text.length === 1 && context.funcName in combiningChar && smalls.indexOf(base.text) > -1) {
        // Return a combining accent character
        return {
          type: "textord",
          mode: "text",
          text: base.text + combiningChar[context.funcName]
        };
      } else if (context.funcName === "\\c" && mode === "text" && base.text && base.text.length === 1) {
        // combining cedilla
        return {
          type: "textord",
          mode: "text",
          text: base.text + "\u0327"
        };
      } else {
        // Build up the accent
        return {
          type: "accent",
          mode: mode,
          label: context.funcName,
          isStretchy: false,
          base: base
        };
      }
    },
    mathmlBuilder: mathmlBuilder$a
  });
  defineFunction({
    type: "accentUnder",
    names: ["\\underleftarrow", "\\underrightarrow", "\\underleftrightarrow", "\\undergroup", "\\underparen", "\\utilde"],
    props: {
      numArgs: 1
    },
    handler: function handler(_ref3, args) {
      var parser = _ref3.parser,
        funcName = _ref3.funcName;
      var base = args[0];
      return {
        type: "accentUnder",
        mode: parser.mode,
        label: funcName,
        base: base
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var accentNode$1 = accentNode(group);
      accentNode$1.style["math-depth"] = 0;
      var node = new MathNode("munder", [buildGroup$1(group.base, style), accentNode$1]);
      return node;
    }
  });

  /**
   * This file does conversion between units.  In particular, it provides
   * calculateSize to convert other units into CSS units.
   */

  var ptPerUnit = {
    // Convert to CSS (Postscipt) points, not TeX points
    // https://en.wikibooks.org/wiki/LaTeX/Lengths and
    // https://tex.stackexchange.com/a/8263
    pt: 800 / 803,
    // convert TeX point to CSS (Postscript) point
    pc: 12 * 800 / 803,
    // pica
    dd: 1238 / 1157 * 800 / 803,
    // didot
    cc: 14856 / 1157 * 800 / 803,
    // cicero (12 didot)
    nd: 685 / 642 * 800 / 803,
    // new didot
    nc: 1370 / 107 * 800 / 803,
    // new cicero (12 new didot)
    sp: 1 / 65536 * 800 / 803,
    // scaled point (TeX's internal smallest unit)
    mm: 25.4 / 72,
    cm: 2.54 / 72,
    in: 1 / 72,
    px: 96 / 72
  };

  /**
   * Determine whether the specified unit (either a string defining the unit
   * or a "size" parse node containing a unit field) is valid.
   */
  var validUnits = ["em", "ex", "mu", "pt", "mm", "cm", "in", "px", "bp", "pc", "dd", "cc", "nd", "nc", "sp"];
  var validUnit = function validUnit(unit) {
    if (typeof unit !== "string") {
      unit = unit.unit;
    }
    return validUnits.indexOf(unit) > -1;
  };
  var emScale = function emScale(styleLevel) {
    var scriptLevel = Math.max(styleLevel - 1, 0);
    return [1, 0.7, 0.5][scriptLevel];
  };

  /*
   * Convert a "size" parse node (with numeric "number" and string "unit" fields,
   * as parsed by functions.js argType "size") into a CSS value.
   */
  var calculateSize = function calculateSize(sizeValue, style) {
    var number = sizeValue.number;
    if (style.maxSize[0] < 0 && number > 0) {
      return {
        number: 0,
        unit: "em"
      };
    }
    var unit = sizeValue.unit;
    switch (unit) {
      case "mm":
      case "cm":
      case "in":
      case "px":
        {
          var numInCssPts = number * ptPerUnit[unit];
          if (numInCssPts > style.maxSize[1]) {
            return {
              number: style.maxSize[1],
              unit: "pt"
            };
          }
          return {
            number: number,
            unit: unit
          }; // absolute CSS units.
        }
      case "em":
      case "ex":
        {
          // In TeX, em and ex do not change size in \scriptstyle.
          if (unit === "ex") {
            number *= 0.431;
          }
          number = Math.min(number / emScale(style.level), style.maxSize[0]);
          return {
            number: round(number),
            unit: "em"
          };
        }
      case "bp":
        {
          if (number > style.maxSize[1]) {
            number = style.maxSize[1];
          }
          return {
            number: number,
            unit: "pt"
          }; // TeX bp is a CSS pt. (1/72 inch).
        }
      case "pt":
      case "pc":
      case "dd":
      case "cc":
      case "nd":
      case "nc":
      case "sp":
        {
          number = Math.min(number * ptPerUnit[unit], style.maxSize[1]);
          return {
            number: round(number),
            unit: "pt"
          };
        }
      case "mu":
        {
          number = Math.min(number / 18, style.maxSize[0]);
          return {
            number: round(number),
            unit: "em"
          };
        }
      default:
        throw new ParseError("Invalid unit: '" + unit + "'");
    }
  };

  // Helper functions

  var padding = function padding(width) {
    var node = new MathNode("mspace");
    node.setAttribute("width", width + "em");
    return node;
  };
  var paddedNode = function paddedNode(group, lspace, rspace, mustSmash) {
    if (lspace === void 0) {
      lspace = 0.3;
    }
    if (rspace === void 0) {
      rspace = 0;
    }
    if (mustSmash === void 0) {
      mustSmash = false;
    }
    if (group == null && rspace === 0) {
      return padding(lspace);
    }
    var row = group ? [group] : [];
    if (lspace !== 0) {
      row.unshift(padding(lspace));
    }
    if (rspace > 0) {
      row.push(padding(rspace));
    }
    if (mustSmash) {
      // Used for the bottom arrow in a {CD} environment
      var mpadded = new MathNode("mpadded", row);
      mpadded.setAttribute("height", "0.1px"); // Don't use 0. WebKit would hide it.
      return mpadded;
    } else {
      return new MathNode("mrow", row);
    }
  };
  var labelSize = function labelSize(size, scriptLevel) {
    return Number(size) / emScale(scriptLevel);
  };
  var munderoverNode = function munderoverNode(fName, body, below, style) {
    var arrowNode = mathMLnode(fName);
    // Is this the short part of a mhchem equilibrium arrow?
    var isEq = fName.slice(1, 3) === "eq";
    var minWidth = fName.charAt(1) === "x" ? "1.75" // mathtools extensible arrows are ≥ 1.75em long
    : fName.slice(2, 4) === "cd" ? "3.0" // cd package arrows
    : isEq ? "1.0" // The shorter harpoon of a mhchem equilibrium arrow
    : "2.0"; // other mhchem arrows
    // TODO: When Firefox supports minsize, use the next line.
    //arrowNode.setAttribute("minsize", String(minWidth) + "em")
    arrowNode.setAttribute("lspace", "0");
    arrowNode.setAttribute("rspace", isEq ? "0.5em" : "0");

    // <munderover> upper and lower labels are set to scriptlevel by MathML
    // So we have to adjust our label dimensions accordingly.
    var labelStyle = style.withLevel(style.level < 2 ? 2 : 3);
    var minArrowWidth = labelSize(minWidth, labelStyle.level);
    // The dummyNode will be inside a <mover> inside a <mover>
    // So it will be at scriptlevel 3
    var dummyWidth = labelSize(minWidth, 3);
    var emptyLabel = paddedNode(null, minArrowWidth.toFixed(4), 0);
    var dummyNode = paddedNode(null, dummyWidth.toFixed(4), 0);
    // The arrow is a little longer than the label. Set a spacer length.
    var space = labelSize(isEq ? 0 : 0.3, labelStyle.level).toFixed(4);
    var upperNode;
    var lowerNode;
    var gotUpper = body && body.body && (
    // \hphantom        visible content
    body.body.body || body.body.length > 0);
    if (gotUpper) {
      var label = buildGroup$1(body, labelStyle);
      var mustSmash = fName === "\\\\cdrightarrow" || fName === "\\\\cdleftarrow";
      label = paddedNode(label, space, space, mustSmash);
      // Since Firefox does not support minsize, stack a invisible node
      // on top of the label. Its width will serve as a min-width.
      // TODO: Refactor this after Firefox supports minsize.
      upperNode = new MathNode("mover", [label, dummyNode]);
    }
    var gotLower = below && below.body && (below.body.body || below.body.length > 0);
    if (gotLower) {
      var _label3 = buildGroup$1(below, labelStyle);
      _label3 = paddedNode(_label3, space, space);
      lowerNode = new MathNode("munder", [_label3, dummyNode]);
    }
    var node;
    if (!gotUpper && !gotLower) {
      node = new MathNode("mover", [arrowNode, emptyLabel]);
    } else if (gotUpper && gotLower) {
      node = new MathNode("munderover", [arrowNode, lowerNode, upperNode]);
    } else if (gotUpper) {
      node = new MathNode("mover", [arrowNode, upperNode]);
    } else {
      node = new MathNode("munder", [arrowNode, lowerNode]);
    }
    if (minWidth === "3.0") {
      node.style.height = "1em";
    } // CD environment
    node.setAttribute("accent", "false"); // Necessary for MS Word
    return node;
  };

  // Stretchy arrows with an optional argument
  defineFunction({
    type: "xArrow",
    names: ["\\xleftarrow", "\\xrightarrow", "\\xLeftarrow", "\\xRightarrow", "\\xleftrightarrow", "\\xLeftrightarrow", "\\xhookleftarrow", "\\xhookrightarrow", "\\xmapsto", "\\xrightharpoondown", "\\xrightharpoonup", "\\xleftharpoondown", "\\xleftharpoonup", "\\xlongequal", "\\xtwoheadrightarrow", "\\xtwoheadleftarrow", "\\xtofrom",
    // expfeil
    "\\xleftrightharpoons",
    // mathtools
    "\\xrightleftharpoons",
    // mathtools
    // The next 7 functions are here only to support mhchem
    "\\yields", "\\yieldsLeft", "\\mesomerism", "\\longrightharpoonup", "\\longleftharpoondown", "\\yieldsLeftRight", "\\chemequilibrium",
    // The next 3 functions are here only to support the {CD} environment.
    "\\\\cdrightarrow", "\\\\cdleftarrow", "\\\\cdlongequal"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1
    },
    handler: function handler(_ref4, args, optArgs) {
      var parser = _ref4.parser,
        funcName = _ref4.funcName;
      return {
        type: "xArrow",
        mode: parser.mode,
        name: funcName,
        body: args[0],
        below: optArgs[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Build the arrow and its labels.
      var node = munderoverNode(group.name, group.body, group.below, style);
      // Create operator spacing for a relation.
      var row = [node];
      row.unshift(padding(0.2778));
      row.push(padding(0.2778));
      return new MathNode("mrow", row);
    }
  });
  var arrowComponent = {
    "\\equilibriumRight": ["\\longrightharpoonup", "\\eqleftharpoondown"],
    "\\equilibriumLeft": ["\\eqrightharpoonup", "\\longleftharpoondown"]
  };

  // Math fonts do not have a single glyph for these two mhchem functions.
  // So we stack a pair of single harpoons.
  defineFunction({
    type: "stackedArrow",
    names: ["\\equilibriumRight", "\\equilibriumLeft"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1
    },
    handler: function handler(_ref5, args, optArgs) {
      var parser = _ref5.parser,
        funcName = _ref5.funcName;
      var lowerArrowBody = args[0] ? {
        type: "hphantom",
        mode: parser.mode,
        body: args[0]
      } : null;
      var upperArrowBelow = optArgs[0] ? {
        type: "hphantom",
        mode: parser.mode,
        body: optArgs[0]
      } : null;
      return {
        type: "stackedArrow",
        mode: parser.mode,
        name: funcName,
        body: args[0],
        upperArrowBelow: upperArrowBelow,
        lowerArrowBody: lowerArrowBody,
        below: optArgs[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var topLabel = arrowComponent[group.name][0];
      var botLabel = arrowComponent[group.name][1];
      var topArrow = munderoverNode(topLabel, group.body, group.upperArrowBelow, style);
      var botArrow = munderoverNode(botLabel, group.lowerArrowBody, group.below, style);
      var wrapper;
      var raiseNode = new MathNode("mpadded", [topArrow]);
      raiseNode.setAttribute("voffset", "0.3em");
      raiseNode.setAttribute("height", "+0.3em");
      raiseNode.setAttribute("depth", "-0.3em");
      // One of the arrows is given ~zero width. so the other has the same horzontal alignment.
      if (group.name === "\\equilibriumLeft") {
        var botNode = new MathNode("mpadded", [botArrow]);
        botNode.setAttribute("width", "0.5em");
        wrapper = new MathNode("mpadded", [padding(0.2778), botNode, raiseNode, padding(0.2778)]);
      } else {
        raiseNode.setAttribute("width", group.name === "\\equilibriumRight" ? "0.5em" : "0");
        wrapper = new MathNode("mpadded", [padding(0.2778), raiseNode, botArrow, padding(0.2778)]);
      }
      wrapper.setAttribute("voffset", "-0.18em");
      wrapper.setAttribute("height", "-0.18em");
      wrapper.setAttribute("depth", "+0.18em");
      return wrapper;
    }
  });

  /**
   * All registered environments.
   * `environments.js` exports this same dictionary again and makes it public.
   * `Parser.js` requires this dictionary via `environments.js`.
   */
  var _environments = {};
  function defineEnvironment(_ref6) {
    var type = _ref6.type,
      names = _ref6.names,
      props = _ref6.props,
      handler = _ref6.handler,
      mathmlBuilder = _ref6.mathmlBuilder;
    // Set default values of environments.
    var data = {
      type: type,
      numArgs: props.numArgs || 0,
      allowedInText: false,
      numOptionalArgs: 0,
      handler: handler
    };
    for (var _i10 = 0; _i10 < names.length; ++_i10) {
      _environments[names[_i10]] = data;
    }
    if (mathmlBuilder) {
      _mathmlGroupBuilders[type] = mathmlBuilder;
    }
  }

  /**
   * Asserts that the node is of the given type and returns it with stricter
   * typing. Throws if the node's type does not match.
   */
  function assertNodeType(node, type) {
    if (!node || node.type !== type) {
      throw new Error("Expected node of type " + type + ", but got " + (node ? "node of type " + node.type : String(node)));
    }
    return node;
  }

  /**
   * Returns the node more strictly typed iff it is of the given type. Otherwise,
   * returns null.
   */
  function assertSymbolNodeType(node) {
    var typedNode = checkSymbolNodeType(node);
    if (!typedNode) {
      throw new Error("Expected node of symbol group type, but got " + (node ? "node of type " + node.type : String(node)));
    }
    return typedNode;
  }

  /**
   * Returns the node more strictly typed iff it is of the given type. Otherwise,
   * returns null.
   */
  function checkSymbolNodeType(node) {
    if (node && (node.type === "atom" || node.type === "delimiter" || Object.prototype.hasOwnProperty.call(NON_ATOMS, node.type))) {
      return node;
    }
    return null;
  }
  var cdArrowFunctionName = {
    ">": "\\\\cdrightarrow",
    "<": "\\\\cdleftarrow",
    "=": "\\\\cdlongequal",
    A: "\\uparrow",
    V: "\\downarrow",
    "|": "\\Vert",
    ".": "no arrow"
  };
  var newCell = function newCell() {
    // Create an empty cell, to be filled below with parse nodes.
    return {
      type: "styling",
      body: [],
      mode: "math",
      scriptLevel: "display"
    };
  };
  var isStartOfArrow = function isStartOfArrow(node) {
    return node.type === "textord" && node.text === "@";
  };
  var isLabelEnd = function isLabelEnd(node, endChar) {
    return (node.type === "mathord" || node.type === "atom") && node.text === endChar;
  };
  function cdArrow(arrowChar, labels, parser) {
    // Return a parse tree of an arrow and its labels.
    // This acts in a way similar to a macro expansion.
    var funcName = cdArrowFunctionName[arrowChar];
    switch (funcName) {
      case "\\\\cdrightarrow":
      case "\\\\cdleftarrow":
        return parser.callFunction(funcName, [labels[0]], [labels[1]]);
      case "\\uparrow":
      case "\\downarrow":
        {
          var leftLabel = parser.callFunction("\\\\cdleft", [labels[0]], []);
          var bareArrow = {
            type: "atom",
            text: funcName,
            mode: "math",
            family: "rel"
          };
          var sizedArrow = parser.callFunction("\\Big", [bareArrow], []);
          var rightLabel = parser.callFunction("\\\\cdright", [labels[1]], []);
          var arrowGroup = {
            type: "ordgroup",
            mode: "math",
            body: [leftLabel, sizedArrow, rightLabel],
            semisimple: true
          };
          return parser.callFunction("\\\\cdparent", [arrowGroup], []);
        }
      case "\\\\cdlongequal":
        return parser.callFunction("\\\\cdlongequal", [], []);
      case "\\Vert":
        {
          var arrow = {
            type: "textord",
            text: "\\Vert",
            mode: "math"
          };
          return parser.callFunction("\\Big", [arrow], []);
        }
      default:
        return {
          type: "textord",
          text: " ",
          mode: "math"
        };
    }
  }
  function parseCD(parser) {
    // Get the array's parse nodes with \\ temporarily mapped to \cr.
    var parsedRows = [];
    parser.gullet.beginGroup();
    parser.gullet.macros.set("\\cr", "\\\\\\relax");
    parser.gullet.beginGroup();
    while (true) {
      // Get the parse nodes for the next row.
      parsedRows.push(parser.parseExpression(false, "\\\\"));
      parser.gullet.endGroup();
      parser.gullet.beginGroup();
      var next = parser.fetch().text;
      if (next === "&" || next === "\\\\") {
        parser.consume();
      } else if (next === "\\end") {
        if (parsedRows[parsedRows.length - 1].length === 0) {
          parsedRows.pop(); // final row ended in \\
        }
        break;
      } else {
        throw new ParseError("Expected \\\\ or \\cr or \\end", parser.nextToken);
      }
    }
    var row = [];
    var body = [row];

    // Loop thru the parse nodes. Collect them into cells and arrows.
    for (var _i11 = 0; _i11 < parsedRows.length; _i11++) {
      // Start a new row.
      var rowNodes = parsedRows[_i11];
      // Create the first cell.
      var cell = newCell();
      for (var j = 0; j < rowNodes.length; j++) {
        if (!isStartOfArrow(rowNodes[j])) {
          // If a parseNode is not an arrow, it goes into a cell.
          cell.body.push(rowNodes[j]);
        } else {
          // Parse node j is an "@", the start of an arrow.
          // Before starting on the arrow, push the cell into `row`.
          row.push(cell);

          // Now collect parseNodes into an arrow.
          // The character after "@" defines the arrow type.
          j += 1;
          var arrowChar = assertSymbolNodeType(rowNodes[j]).text;

          // Create two empty label nodes. We may or may not use them.
          var labels = new Array(2);
          labels[0] = {
            type: "ordgroup",
            mode: "math",
            body: []
          };
          labels[1] = {
            type: "ordgroup",
            mode: "math",
            body: []
          };

          // Process the arrow.
          if ("=|.".indexOf(arrowChar) > -1) ;else if ("<>AV".indexOf(arrowChar) > -1) {
            // Four arrows, `@>>>`, `@<<<`, `@AAA`, and `@VVV`, each take
            // two optional labels. E.g. the right-point arrow syntax is
            // really:  @>{optional label}>{optional label}>
            // Collect parseNodes into labels.
            for (var labelNum = 0; labelNum < 2; labelNum++) {
              var inLabel = true;
              for (var k = j + 1; k < rowNodes.length; k++) {
                if (isLabelEnd(rowNodes[k], arrowChar)) {
                  inLabel = false;
                  j = k;
                  break;
                }
                if (isStartOfArrow(rowNodes[k])) {
                  throw new ParseError("Missing a " + arrowChar + " character to complete a CD arrow.", rowNodes[k]);
                }
                labels[labelNum].body.push(rowNodes[k]);
              }
              if (inLabel) {
                // isLabelEnd never returned a true.
                throw new ParseError("Missing a " + arrowChar + " character to complete a CD arrow.", rowNodes[j]);
              }
            }
          } else {
            throw new ParseError("Expected one of \"<>AV=|.\" after @.");
          }

          // Now join the arrow to its labels.
          var arrow = cdArrow(arrowChar, labels, parser);

          // Wrap the arrow in a styling node
          row.push(arrow);
          // In CD's syntax, cells are implicit. That is, everything that
          // is not an arrow gets collected into a cell. So create an empty
          // cell now. It will collect upcoming parseNodes.
          cell = newCell();
        }
      }
      if (_i11 % 2 === 0) {
        // Even-numbered rows consist of: cell, arrow, cell, arrow, ... cell
        // The last cell is not yet pushed into `row`, so:
        row.push(cell);
      } else {
        // Odd-numbered rows consist of: vert arrow, empty cell, ... vert arrow
        // Remove the empty cell that was placed at the beginning of `row`.
        row.shift();
      }
      row = [];
      body.push(row);
    }
    body.pop();

    // End row group
    parser.gullet.endGroup();
    // End array group defining \\
    parser.gullet.endGroup();
    return {
      type: "array",
      mode: "math",
      body: body,
      tags: null,
      labels: new Array(body.length + 1).fill(""),
      envClasses: ["jot", "cd"],
      cols: [],
      hLinesBeforeRow: new Array(body.length + 1).fill([])
    };
  }

  // The functions below are not available for general use.
  // They are here only for internal use by the {CD} environment in placing labels
  // next to vertical arrows.

  // We don't need any such functions for horizontal arrows because we can reuse
  // the functionality that already exists for extensible arrows.

  defineFunction({
    type: "cdlabel",
    names: ["\\\\cdleft", "\\\\cdright"],
    props: {
      numArgs: 1
    },
    handler: function handler(_ref7, args) {
      var parser = _ref7.parser,
        funcName = _ref7.funcName;
      return {
        type: "cdlabel",
        mode: parser.mode,
        side: funcName.slice(4),
        label: args[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      if (group.label.body.length === 0) {
        return new MathNode("mrow", style); // empty label
      }
      // Abuse an <mtable> to create vertically centered content.
      var mrow = buildGroup$1(group.label, style);
      if (group.side === "left") {
        mrow.classes.push("tml-shift-left");
      }
      var mtd = new MathNode("mtd", [mrow]);
      mtd.style.padding = "0";
      var mtr = new MathNode("mtr", [mtd]);
      var mtable = new MathNode("mtable", [mtr]);
      var label = new MathNode("mpadded", [mtable]);
      // Set the label width to zero so that the arrow will be centered under the corner cell.
      label.setAttribute("width", "0.1px"); // Don't use 0. WebKit would hide it.
      label.setAttribute("displaystyle", "false");
      label.setAttribute("scriptlevel", "1");
      return label;
    }
  });
  defineFunction({
    type: "cdlabelparent",
    names: ["\\\\cdparent"],
    props: {
      numArgs: 1
    },
    handler: function handler(_ref8, args) {
      var parser = _ref8.parser;
      return {
        type: "cdlabelparent",
        mode: parser.mode,
        fragment: args[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      return new MathNode("mrow", [buildGroup$1(group.fragment, style)]);
    }
  });
  var ordGroup = function ordGroup(body) {
    return {
      "type": "ordgroup",
      "mode": "math",
      "body": body,
      "semisimple": true
    };
  };
  var phantom = function phantom(body, type) {
    return {
      "type": type,
      "mode": "math",
      "body": ordGroup(body)
    };
  };

  /*
   * A helper for \bordermatrix.
   * parseArray() has parsed the tokens as if the environment
   * was \begin{matrix}. That parse tree is this function’s input.
   * Here, we rearrange the parse tree to get one that will
   * result in TeX \bordermatrix.
   * The final result includes a {pmatrix}, which is the bottom
   * half of a <mover> element. The top of the <mover> contains
   * the \bordermatrix headings. The top section also contains the
   * contents of the bottom {pmatrix}. Those elements are hidden via
   * \hphantom, but they ensure that column widths are the same top and
   * bottom.
   *
   * We also create a left {matrix} with a single column that contains
   * elements shifted out of the matrix. The left {matrix} also
   * contains \vphantom copies of the other {pmatrix} elements.
   * As before, this ensures consistent row heights of left and main.
   */

  var bordermatrixParseTree = function bordermatrixParseTree(matrix, delimiters) {
    var body = matrix.body;
    body[0].shift(); // dispose of top left cell

    // Create an array for the left column
    var leftColumnBody = new Array(body.length - 1).fill().map(function () {
      return [];
    });
    for (var _i12 = 1; _i12 < body.length; _i12++) {
      // The visible part of the cell
      leftColumnBody[_i12 - 1].push(body[_i12].shift());
      // A vphantom with contents from the pmatrix, to set minimum cell height
      var phantomBody = [];
      for (var j = 0; j < body[_i12].length; j++) {
        phantomBody.push(body[_i12][j]);
      }
      leftColumnBody[_i12 - 1].push(phantom(phantomBody, "vphantom"));
    }

    // Create an array for the top row
    var topRowBody = new Array(body.length).fill().map(function () {
      return [];
    });
    for (var _j2 = 0; _j2 < body[0].length; _j2++) {
      topRowBody[0].push(body[0][_j2]);
    }
    // Copy the rest of the pmatrix, but squashed via \hphantom
    for (var _i13 = 1; _i13 < body.length; _i13++) {
      for (var _j3 = 0; _j3 < body[0].length; _j3++) {
        topRowBody[_i13].push(phantom(body[_i13][_j3].body, "hphantom"));
      }
    }

    // Squash the top row of the main {pmatrix}
    for (var _j4 = 0; _j4 < body[0].length; _j4++) {
      body[0][_j4] = phantom(body[0][_j4].body, "hphantom");
    }

    // Now wrap the arrays in the proper parse nodes.

    var leftColumn = {
      type: "array",
      mode: "math",
      body: leftColumnBody,
      cols: [{
        type: "align",
        align: "c"
      }],
      rowGaps: new Array(leftColumnBody.length - 1).fill(null),
      hLinesBeforeRow: new Array(leftColumnBody.length + 1).fill().map(function () {
        return [];
      }),
      envClasses: [],
      scriptLevel: "text",
      arraystretch: 1,
      labels: new Array(leftColumnBody.length).fill(""),
      arraycolsep: {
        "number": 0.04,
        unit: "em"
      }
    };
    var topRow = {
      type: "array",
      mode: "math",
      body: topRowBody,
      cols: new Array(topRowBody.length).fill({
        type: "align",
        align: "c"
      }),
      rowGaps: new Array(topRowBody.length - 1).fill(null),
      hLinesBeforeRow: new Array(topRowBody.length + 1).fill().map(function () {
        return [];
      }),
      envClasses: [],
      scriptLevel: "text",
      arraystretch: 1,
      labels: new Array(topRowBody.length).fill(""),
      arraycolsep: null
    };
    var topWrapper = {
      type: "styling",
      mode: "math",
      scriptLevel: "text",
      // Must set this explicitly.
      body: [topRow] // Default level is "script".
    };
    var container = {
      type: "leftright",
      mode: "math",
      body: [matrix],
      left: delimiters ? delimiters[0] : "(",
      right: delimiters ? delimiters[1] : ")",
      rightColor: undefined
    };
    var base = {
      type: "op",
      // The base of a TeX \overset
      mode: "math",
      limits: true,
      alwaysHandleSupSub: true,
      parentIsSupSub: true,
      symbol: false,
      suppressBaseShift: true,
      body: [container]
    };
    var mover = {
      type: "supsub",
      // We're using the MathML equivalent
      mode: "math",
      // of TeX \overset.
      stack: true,
      base: base,
      // That keeps the {pmatrix} aligned with
      sup: topWrapper,
      // the math centerline.
      sub: null
    };
    return ordGroup([leftColumn, mover]);
  };

  /**
   * Lexing or parsing positional information for error reporting.
   * This object is immutable.
   */
  var SourceLocation = /*#__PURE__*/function () {
    function SourceLocation(lexer, start, end) {
      this.lexer = lexer; // Lexer holding the input string.
      this.start = start; // Start offset, zero-based inclusive.
      this.end = end; // End offset, zero-based exclusive.
    }

    /**
     * Merges two `SourceLocation`s from location providers, given they are
     * provided in order of appearance.
     * - Returns the first one's location if only the first is provided.
     * - Returns a merged range of the first and the last if both are provided
     *   and their lexers match.
     * - Otherwise, returns null.
     */
    SourceLocation.range = function range(first, second) {
      if (!second) {
        return first && first.loc;
      } else if (!first || !first.loc || !second.loc || first.loc.lexer !== second.loc.lexer) {
        return null;
      } else {
        return new SourceLocation(first.loc.lexer, first.loc.start, second.loc.end);
      }
    };
    return SourceLocation;
  }();
  /**
   * Interface required to break circular dependency between Token, Lexer, and
   * ParseError.
   */
  /**
   * The resulting token returned from `lex`.
   *
   * It consists of the token text plus some position information.
   * The position information is essentially a range in an input string,
   * but instead of referencing the bare input string, we refer to the lexer.
   * That way it is possible to attach extra metadata to the input string,
   * like for example a file name or similar.
   *
   * The position information is optional, so it is OK to construct synthetic
   * tokens if appropriate. Not providing available position information may
   * lead to degraded error reporting, though.
   */
  var Token = /*#__PURE__*/function () {
    function Token(text,
    // the text of this token
    loc) {
      this.text = text;
      this.loc = loc;
    }

    /**
     * Given a pair of tokens (this and endToken), compute a `Token` encompassing
     * the whole input range enclosed by these two.
     */
    var _proto9 = Token.prototype;
    _proto9.range = function range(endToken,
    // last token of the range, inclusive
    text // the text of the newly constructed token
    ) {
      return new Token(text, SourceLocation.range(this, endToken));
    };
    return Token;
  }(); // In TeX, there are actually three sets of dimensions, one for each of
  // textstyle, scriptstyle, and scriptscriptstyle.  These are
  // provided in the the arrays below, in that order.
  //
  // Math style is not quite the same thing as script level.
  var StyleLevel = {
    DISPLAY: 0,
    TEXT: 1,
    SCRIPT: 2,
    SCRIPTSCRIPT: 3
  };

  /**
   * All registered global/built-in macros.
   * `macros.js` exports this same dictionary again and makes it public.
   * `Parser.js` requires this dictionary via `macros.js`.
   */
  var _macros = Object.create(null);

  // This function might one day accept an additional argument and do more things.
  function defineMacro(name, body) {
    _macros[name] = body;
  }

  /**
   * Predefined macros for Temml.
   * This can be used to define some commands in terms of others.
   */

  var macros = _macros;

  //////////////////////////////////////////////////////////////////////
  // macro tools

  defineMacro("\\noexpand", function (context) {
    // The expansion is the token itself; but that token is interpreted
    // as if its meaning were ‘\relax’ if it is a control sequence that
    // would ordinarily be expanded by TeX’s expansion rules.
    var t = context.popToken();
    if (context.isExpandable(t.text)) {
      t.noexpand = true;
      t.treatAsRelax = true;
    }
    return {
      tokens: [t],
      numArgs: 0
    };
  });
  defineMacro("\\expandafter", function (context) {
    // TeX first reads the token that comes immediately after \expandafter,
    // without expanding it; let’s call this token t. Then TeX reads the
    // token that comes after t (and possibly more tokens, if that token
    // has an argument), replacing it by its expansion. Finally TeX puts
    // t back in front of that expansion.
    var t = context.popToken();
    context.expandOnce(true); // expand only an expandable token
    return {
      tokens: [t],
      numArgs: 0
    };
  });

  // LaTeX's \@firstoftwo{#1}{#2} expands to #1, skipping #2
  // TeX source: \long\def\@firstoftwo#1#2{#1}
  defineMacro("\\@firstoftwo", function (context) {
    var args = context.consumeArgs(2);
    return {
      tokens: args[0],
      numArgs: 0
    };
  });

  // LaTeX's \@secondoftwo{#1}{#2} expands to #2, skipping #1
  // TeX source: \long\def\@secondoftwo#1#2{#2}
  defineMacro("\\@secondoftwo", function (context) {
    var args = context.consumeArgs(2);
    return {
      tokens: args[1],
      numArgs: 0
    };
  });

  // LaTeX's \@ifnextchar{#1}{#2}{#3} looks ahead to the next (unexpanded)
  // symbol that isn't a space, consuming any spaces but not consuming the
  // first nonspace character.  If that nonspace character matches #1, then
  // the macro expands to #2; otherwise, it expands to #3.
  defineMacro("\\@ifnextchar", function (context) {
    var args = context.consumeArgs(3); // symbol, if, else
    context.consumeSpaces();
    var nextToken = context.future();
    if (args[0].length === 1 && args[0][0].text === nextToken.text) {
      return {
        tokens: args[1],
        numArgs: 0
      };
    } else {
      return {
        tokens: args[2],
        numArgs: 0
      };
    }
  });

  // LaTeX's \@ifstar{#1}{#2} looks ahead to the next (unexpanded) symbol.
  // If it is `*`, then it consumes the symbol, and the macro expands to #1;
  // otherwise, the macro expands to #2 (without consuming the symbol).
  // TeX source: \def\@ifstar#1{\@ifnextchar *{\@firstoftwo{#1}}}
  defineMacro("\\@ifstar", "\\@ifnextchar *{\\@firstoftwo{#1}}");

  // LaTeX's \TextOrMath{#1}{#2} expands to #1 in text mode, #2 in math mode
  defineMacro("\\TextOrMath", function (context) {
    var args = context.consumeArgs(2);
    if (context.mode === "text") {
      return {
        tokens: args[0],
        numArgs: 0
      };
    } else {
      return {
        tokens: args[1],
        numArgs: 0
      };
    }
  });
  var stringFromArg = function stringFromArg(arg) {
    // Reverse the order of the arg and return a string.
    var str = "";
    for (var _i14 = arg.length - 1; _i14 > -1; _i14--) {
      str += arg[_i14].text;
    }
    return str;
  };

  // Lookup table for parsing numbers in base 8 through 16
  var digitToNumber = {
    0: 0,
    1: 1,
    2: 2,
    3: 3,
    4: 4,
    5: 5,
    6: 6,
    7: 7,
    8: 8,
    9: 9,
    a: 10,
    A: 10,
    b: 11,
    B: 11,
    c: 12,
    C: 12,
    d: 13,
    D: 13,
    e: 14,
    E: 14,
    f: 15,
    F: 15
  };
  var nextCharNumber = function nextCharNumber(context) {
    var numStr = context.future().text;
    if (numStr === "EOF") {
      return [null, ""];
    }
    return [digitToNumber[numStr.charAt(0)], numStr];
  };
  var appendCharNumbers = function appendCharNumbers(number, numStr, base) {
    for (var _i15 = 1; _i15 < numStr.length; _i15++) {
      var digit = digitToNumber[numStr.charAt(_i15)];
      number *= base;
      number += digit;
    }
    return number;
  };

  // TeX \char makes a literal character (catcode 12) using the following forms:
  // (see The TeXBook, p. 43)
  //   \char123  -- decimal
  //   \char'123 -- octal
  //   \char"123 -- hex
  //   \char`x   -- character that can be written (i.e. isn't active)
  //   \char`\x  -- character that cannot be written (e.g. %)
  // These all refer to characters from the font, so we turn them into special
  // calls to a function \@char dealt with in the Parser.
  defineMacro("\\char", function (context) {
    var token = context.popToken();
    var base;
    var number = "";
    if (token.text === "'") {
      base = 8;
      token = context.popToken();
    } else if (token.text === '"') {
      base = 16;
      token = context.popToken();
    } else if (token.text === "`") {
      token = context.popToken();
      if (token.text[0] === "\\") {
        number = token.text.charCodeAt(1);
      } else if (token.text === "EOF") {
        throw new ParseError("\\char` missing argument");
      } else {
        number = token.text.charCodeAt(0);
      }
    } else {
      base = 10;
    }
    if (base) {
      // Parse a number in the given base, starting with first `token`.
      var numStr = token.text;
      number = digitToNumber[numStr.charAt(0)];
      if (number == null || number >= base) {
        throw new ParseError("Invalid base-" + base + " digit " + token.text);
      }
      number = appendCharNumbers(number, numStr, base);
      var digit;
      var _nextCharNumber = nextCharNumber(context);
      digit = _nextCharNumber[0];
      numStr = _nextCharNumber[1];
      while (digit != null && digit < base) {
        number *= base;
        number += digit;
        number = appendCharNumbers(number, numStr, base);
        context.popToken();
        var _nextCharNumber2 = nextCharNumber(context);
        digit = _nextCharNumber2[0];
        numStr = _nextCharNumber2[1];
      }
    }
    return "\\@char{" + number + "}";
  });
  function recreateArgStr(context) {
    // Recreate the macro's original argument string from the array of parse tokens.
    var tokens = context.consumeArgs(1)[0];
    var str = "";
    var expectedLoc = tokens[tokens.length - 1].loc.start;
    for (var _i16 = tokens.length - 1; _i16 >= 0; _i16--) {
      var actualLoc = tokens[_i16].loc.start;
      if (actualLoc > expectedLoc) {
        // context.consumeArgs has eaten a space.
        str += " ";
        expectedLoc = actualLoc;
      }
      str += tokens[_i16].text;
      expectedLoc += tokens[_i16].text.length;
    }
    return str;
  }

  // The Latin Modern font renders <mi>√</mi> at the wrong vertical alignment.
  // This macro provides a better rendering.
  defineMacro("\\surd", '\\sqrt{\\vphantom{|}}');

  // See comment for \oplus in symbols.js.
  defineMacro("\u2295", "\\oplus");

  // Since Temml has no \par, ignore \long.
  defineMacro("\\long", "");

  //////////////////////////////////////////////////////////////////////
  // Grouping
  // \let\bgroup={ \let\egroup=}
  defineMacro("\\bgroup", "{");
  defineMacro("\\egroup", "}");

  // Symbols from latex.ltx:
  // \def~{\nobreakspace{}}
  // \def\lq{`}
  // \def\rq{'}
  // \def \aa {\r a}
  defineMacro("~", "\\nobreakspace");
  defineMacro("\\lq", "`");
  defineMacro("\\rq", "'");
  defineMacro("\\aa", "\\r a");
  defineMacro("\\Bbbk", "\\Bbb{k}");

  // \mathstrut from the TeXbook, p 360
  defineMacro("\\mathstrut", "\\vphantom{(}");

  // \underbar from TeXbook p 353
  defineMacro("\\underbar", "\\underline{\\text{#1}}");

  //////////////////////////////////////////////////////////////////////
  // LaTeX_2ε

  // \vdots{\vbox{\baselineskip4\p@  \lineskiplimit\z@
  // \kern6\p@\hbox{.}\hbox{.}\hbox{.}}}
  // We'll call \varvdots, which gets a glyph from symbols.js.
  // The zero-width rule gets us an equivalent to the vertical 6pt kern.
  defineMacro("\\vdots", "{\\varvdots\\rule{0pt}{15pt}}");
  defineMacro("\u22EE", "\\vdots");

  // {array} environment gaps
  defineMacro("\\arraystretch", "1"); // line spacing factor times 12pt
  defineMacro("\\arraycolsep", "6pt"); // half the width separating columns

  //////////////////////////////////////////////////////////////////////
  // amsmath.sty
  // http://mirrors.concertpass.com/tex-archive/macros/latex/required/amsmath/amsmath.pdf

  //\newcommand{\substack}[1]{\subarray{c}#1\endsubarray}
  defineMacro("\\substack", "\\begin{subarray}{c}#1\\end{subarray}");

  // \def\iff{\DOTSB\;\Longleftrightarrow\;}
  // \def\implies{\DOTSB\;\Longrightarrow\;}
  // \def\impliedby{\DOTSB\;\Longleftarrow\;}
  defineMacro("\\iff", "\\DOTSB\\;\\Longleftrightarrow\\;");
  defineMacro("\\implies", "\\DOTSB\\;\\Longrightarrow\\;");
  defineMacro("\\impliedby", "\\DOTSB\\;\\Longleftarrow\\;");

  // AMSMath's automatic \dots, based on \mdots@@ macro.
  var dotsByToken = {
    ",": "\\dotsc",
    "\\not": "\\dotsb",
    // \keybin@ checks for the following:
    "+": "\\dotsb",
    "=": "\\dotsb",
    "<": "\\dotsb",
    ">": "\\dotsb",
    "-": "\\dotsb",
    "*": "\\dotsb",
    ":": "\\dotsb",
    // Symbols whose definition starts with \DOTSB:
    "\\DOTSB": "\\dotsb",
    "\\coprod": "\\dotsb",
    "\\bigvee": "\\dotsb",
    "\\bigwedge": "\\dotsb",
    "\\biguplus": "\\dotsb",
    "\\bigcap": "\\dotsb",
    "\\bigcup": "\\dotsb",
    "\\prod": "\\dotsb",
    "\\sum": "\\dotsb",
    "\\bigotimes": "\\dotsb",
    "\\bigoplus": "\\dotsb",
    "\\bigodot": "\\dotsb",
    "\\bigsqcap": "\\dotsb",
    "\\bigsqcup": "\\dotsb",
    "\\bigtimes": "\\dotsb",
    "\\And": "\\dotsb",
    "\\longrightarrow": "\\dotsb",
    "\\Longrightarrow": "\\dotsb",
    "\\longleftarrow": "\\dotsb",
    "\\Longleftarrow": "\\dotsb",
    "\\longleftrightarrow": "\\dotsb",
    "\\Longleftrightarrow": "\\dotsb",
    "\\mapsto": "\\dotsb",
    "\\longmapsto": "\\dotsb",
    "\\hookrightarrow": "\\dotsb",
    "\\doteq": "\\dotsb",
    // Symbols whose definition starts with \mathbin:
    "\\mathbin": "\\dotsb",
    // Symbols whose definition starts with \mathrel:
    "\\mathrel": "\\dotsb",
    "\\relbar": "\\dotsb",
    "\\Relbar": "\\dotsb",
    "\\xrightarrow": "\\dotsb",
    "\\xleftarrow": "\\dotsb",
    // Symbols whose definition starts with \DOTSI:
    "\\DOTSI": "\\dotsi",
    "\\int": "\\dotsi",
    "\\oint": "\\dotsi",
    "\\iint": "\\dotsi",
    "\\iiint": "\\dotsi",
    "\\iiiint": "\\dotsi",
    // Symbols whose definition starts with \DOTSX:
    "\\DOTSX": "\\dotsx"
  };
  defineMacro("\\dots", function (context) {
    // TODO: If used in text mode, should expand to \textellipsis.
    // However, in Temml, \textellipsis and \ldots behave the same
    // (in text mode), and it's unlikely we'd see any of the math commands
    // that affect the behavior of \dots when in text mode.  So fine for now
    // (until we support \ifmmode ... \else ... \fi).
    var thedots = "\\dotso";
    var next = context.expandAfterFuture().text;
    if (next in dotsByToken) {
      thedots = dotsByToken[next];
    } else if (next.slice(0, 4) === "\\not") {
      thedots = "\\dotsb";
    } else if (next in symbols.math) {
      if (["bin", "rel"].includes(symbols.math[next].group)) {
        thedots = "\\dotsb";
      }
    }
    return thedots;
  });
  var spaceAfterDots = {
    // \rightdelim@ checks for the following:
    ")": true,
    "]": true,
    "\\rbrack": true,
    "\\}": true,
    "\\rbrace": true,
    "\\rangle": true,
    "\\rceil": true,
    "\\rfloor": true,
    "\\rgroup": true,
    "\\rmoustache": true,
    "\\right": true,
    "\\bigr": true,
    "\\biggr": true,
    "\\Bigr": true,
    "\\Biggr": true,
    // \extra@ also tests for the following:
    $: true,
    // \extrap@ checks for the following:
    ";": true,
    ".": true,
    ",": true
  };
  defineMacro("\\dotso", function (context) {
    var next = context.future().text;
    if (next in spaceAfterDots) {
      return "\\ldots\\,";
    } else {
      return "\\ldots";
    }
  });
  defineMacro("\\dotsc", function (context) {
    var next = context.future().text;
    // \dotsc uses \extra@ but not \extrap@, instead specially checking for
    // ';' and '.', but doesn't check for ','.
    if (next in spaceAfterDots && next !== ",") {
      return "\\ldots\\,";
    } else {
      return "\\ldots";
    }
  });
  defineMacro("\\cdots", function (context) {
    var next = context.future().text;
    if (next in spaceAfterDots) {
      return "\\@cdots\\,";
    } else {
      return "\\@cdots";
    }
  });
  defineMacro("\\dotsb", "\\cdots");
  defineMacro("\\dotsm", "\\cdots");
  defineMacro("\\dotsi", "\\!\\cdots");
  defineMacro("\\idotsint", "\\int\\!\\cdots\\!\\int");
  // amsmath doesn't actually define \dotsx, but \dots followed by a macro
  // starting with \DOTSX implies \dotso, and then \extra@ detects this case
  // and forces the added `\,`.
  defineMacro("\\dotsx", "\\ldots\\,");

  // \let\DOTSI\relax
  // \let\DOTSB\relax
  // \let\DOTSX\relax
  defineMacro("\\DOTSI", "\\relax");
  defineMacro("\\DOTSB", "\\relax");
  defineMacro("\\DOTSX", "\\relax");

  // Spacing, based on amsmath.sty's override of LaTeX defaults
  // \DeclareRobustCommand{\tmspace}[3]{%
  //   \ifmmode\mskip#1#2\else\kern#1#3\fi\relax}
  defineMacro("\\tmspace", "\\TextOrMath{\\kern#1#3}{\\mskip#1#2}\\relax");
  // \renewcommand{\,}{\tmspace+\thinmuskip{.1667em}}
  // TODO: math mode should use \thinmuskip
  defineMacro("\\,", "{\\tmspace+{3mu}{.1667em}}");
  // \let\thinspace\,
  defineMacro("\\thinspace", "\\,");
  // \def\>{\mskip\medmuskip}
  // \renewcommand{\:}{\tmspace+\medmuskip{.2222em}}
  // TODO: \> and math mode of \: should use \medmuskip = 4mu plus 2mu minus 4mu
  defineMacro("\\>", "\\mskip{4mu}");
  defineMacro("\\:", "{\\tmspace+{4mu}{.2222em}}");
  // \let\medspace\:
  defineMacro("\\medspace", "\\:");
  // \renewcommand{\;}{\tmspace+\thickmuskip{.2777em}}
  // TODO: math mode should use \thickmuskip = 5mu plus 5mu
  defineMacro("\\;", "{\\tmspace+{5mu}{.2777em}}");
  // \let\thickspace\;
  defineMacro("\\thickspace", "\\;");
  // \renewcommand{\!}{\tmspace-\thinmuskip{.1667em}}
  // TODO: math mode should use \thinmuskip
  defineMacro("\\!", "{\\tmspace-{3mu}{.1667em}}");
  // \let\negthinspace\!
  defineMacro("\\negthinspace", "\\!");
  // \newcommand{\negmedspace}{\tmspace-\medmuskip{.2222em}}
  // TODO: math mode should use \medmuskip
  defineMacro("\\negmedspace", "{\\tmspace-{4mu}{.2222em}}");
  // \newcommand{\negthickspace}{\tmspace-\thickmuskip{.2777em}}
  // TODO: math mode should use \thickmuskip
  defineMacro("\\negthickspace", "{\\tmspace-{5mu}{.277em}}");
  // \def\enspace{\kern.5em }
  defineMacro("\\enspace", "\\kern.5em ");
  // \def\enskip{\hskip.5em\relax}
  defineMacro("\\enskip", "\\hskip.5em\\relax");
  // \def\quad{\hskip1em\relax}
  defineMacro("\\quad", "\\hskip1em\\relax");
  // \def\qquad{\hskip2em\relax}
  defineMacro("\\qquad", "\\hskip2em\\relax");
  defineMacro("\\AA", "\\TextOrMath{\\Angstrom}{\\mathring{A}}\\relax");

  // \tag@in@display form of \tag
  defineMacro("\\tag", "\\@ifstar\\tag@literal\\tag@paren");
  defineMacro("\\tag@paren", "\\tag@literal{({#1})}");
  defineMacro("\\tag@literal", function (context) {
    if (context.macros.get("\\df@tag")) {
      throw new ParseError("Multiple \\tag");
    }
    return "\\gdef\\df@tag{\\text{#1}}";
  });
  defineMacro("\\notag", "\\nonumber");
  defineMacro("\\nonumber", "\\gdef\\@eqnsw{0}");

  // \renewcommand{\bmod}{\nonscript\mskip-\medmuskip\mkern5mu\mathbin
  //   {\operator@font mod}\penalty900
  //   \mkern5mu\nonscript\mskip-\medmuskip}
  // \newcommand{\pod}[1]{\allowbreak
  //   \if@display\mkern18mu\else\mkern8mu\fi(#1)}
  // \renewcommand{\pmod}[1]{\pod{{\operator@font mod}\mkern6mu#1}}
  // \newcommand{\mod}[1]{\allowbreak\if@display\mkern18mu
  //   \else\mkern12mu\fi{\operator@font mod}\,\,#1}
  // TODO: math mode should use \medmuskip = 4mu plus 2mu minus 4mu
  defineMacro("\\bmod", "\\mathbin{\\text{mod}}");
  defineMacro("\\pod", "\\allowbreak" + "\\mathchoice{\\mkern18mu}{\\mkern8mu}{\\mkern8mu}{\\mkern8mu}(#1)");
  defineMacro("\\pmod", "\\pod{{\\rm mod}\\mkern6mu#1}");
  defineMacro("\\mod", "\\allowbreak" + "\\mathchoice{\\mkern18mu}{\\mkern12mu}{\\mkern12mu}{\\mkern12mu}" + "{\\rm mod}\\,\\,#1");

  //////////////////////////////////////////////////////////////////////
  // LaTeX source2e

  // \expandafter\let\expandafter\@normalcr
  //     \csname\expandafter\@gobble\string\\ \endcsname
  // \DeclareRobustCommand\newline{\@normalcr\relax}
  defineMacro("\\newline", "\\\\\\relax");

  // \def\TeX{T\kern-.1667em\lower.5ex\hbox{E}\kern-.125emX\@}
  // TODO: Doesn't normally work in math mode because \@ fails.
  defineMacro("\\TeX", "\\textrm{T}\\kern-.1667em\\raisebox{-.5ex}{E}\\kern-.125em\\textrm{X}");
  defineMacro("\\LaTeX", "\\textrm{L}\\kern-.35em\\raisebox{0.2em}{\\scriptstyle A}\\kern-.15em\\TeX");
  defineMacro("\\Temml",
  // eslint-disable-next-line max-len
  "\\textrm{T}\\kern-0.2em\\lower{0.2em}{\\textrm{E}}\\kern-0.08em{\\textrm{M}\\kern-0.08em\\raise{0.2em}\\textrm{M}\\kern-0.08em\\textrm{L}}");

  // \DeclareRobustCommand\hspace{\@ifstar\@hspacer\@hspace}
  // \def\@hspace#1{\hskip  #1\relax}
  // \def\@hspacer#1{\vrule \@width\z@\nobreak
  //                 \hskip #1\hskip \z@skip}
  defineMacro("\\hspace", "\\@ifstar\\@hspacer\\@hspace");
  defineMacro("\\@hspace", "\\hskip #1\\relax");
  defineMacro("\\@hspacer", "\\rule{0pt}{0pt}\\hskip #1\\relax");
  defineMacro("\\colon", "\\mathpunct{\\char\"3a}");

  //////////////////////////////////////////////////////////////////////
  // mathtools.sty

  defineMacro("\\prescript", "\\pres@cript{_{#1}^{#2}}{}{#3}");

  //\providecommand\ordinarycolon{:}
  defineMacro("\\ordinarycolon", "\\char\"3a");
  // Raise to center on the math axis, as closely as possible.
  defineMacro("\\vcentcolon", "\\mathrel{\\raisebox{0.035em}{\\ordinarycolon}}");
  // \providecommand*\coloneq{\vcentcolon\mathrel{\mkern-1.2mu}\mathrel{-}}
  defineMacro("\\coloneq", '\\mathrel{\\raisebox{0.035em}{\\ordinarycolon}\\char"2212}');
  // \providecommand*\Coloneq{\dblcolon\mathrel{\mkern-1.2mu}\mathrel{-}}
  defineMacro("\\Coloneq", '\\mathrel{\\char"2237\\char"2212}');
  // \providecommand*\Eqqcolon{=\mathrel{\mkern-1.2mu}\dblcolon}
  defineMacro("\\Eqqcolon", '\\mathrel{\\char"3d\\char"2237}');
  // \providecommand*\Eqcolon{\mathrel{-}\mathrel{\mkern-1.2mu}\dblcolon}
  defineMacro("\\Eqcolon", '\\mathrel{\\char"2212\\char"2237}');
  // \providecommand*\colonapprox{\vcentcolon\mathrel{\mkern-1.2mu}\approx}
  defineMacro("\\colonapprox", '\\mathrel{\\raisebox{0.035em}{\\ordinarycolon}\\char"2248}');
  // \providecommand*\Colonapprox{\dblcolon\mathrel{\mkern-1.2mu}\approx}
  defineMacro("\\Colonapprox", '\\mathrel{\\char"2237\\char"2248}');
  // \providecommand*\colonsim{\vcentcolon\mathrel{\mkern-1.2mu}\sim}
  defineMacro("\\colonsim", '\\mathrel{\\raisebox{0.035em}{\\ordinarycolon}\\char"223c}');
  // \providecommand*\Colonsim{\dblcolon\mathrel{\mkern-1.2mu}\sim}
  defineMacro("\\Colonsim", '\\mathrel{\\raisebox{0.035em}{\\ordinarycolon}\\char"223c}');

  //////////////////////////////////////////////////////////////////////
  // colonequals.sty

  // Alternate names for mathtools's macros:
  defineMacro("\\ratio", "\\vcentcolon");
  defineMacro("\\coloncolon", "\\dblcolon");
  defineMacro("\\colonequals", "\\coloneqq");
  defineMacro("\\coloncolonequals", "\\Coloneqq");
  defineMacro("\\equalscolon", "\\eqqcolon");
  defineMacro("\\equalscoloncolon", "\\Eqqcolon");
  defineMacro("\\colonminus", "\\coloneq");
  defineMacro("\\coloncolonminus", "\\Coloneq");
  defineMacro("\\minuscolon", "\\eqcolon");
  defineMacro("\\minuscoloncolon", "\\Eqcolon");
  // \colonapprox name is same in mathtools and colonequals.
  defineMacro("\\coloncolonapprox", "\\Colonapprox");
  // \colonsim name is same in mathtools and colonequals.
  defineMacro("\\coloncolonsim", "\\Colonsim");

  // Present in newtxmath, pxfonts and txfonts
  defineMacro("\\notni", "\\mathrel{\\char`\u220C}");
  defineMacro("\\limsup", "\\DOTSB\\operatorname*{lim\\,sup}");
  defineMacro("\\liminf", "\\DOTSB\\operatorname*{lim\\,inf}");

  //////////////////////////////////////////////////////////////////////
  // From amsopn.sty
  defineMacro("\\injlim", "\\DOTSB\\operatorname*{inj\\,lim}");
  defineMacro("\\projlim", "\\DOTSB\\operatorname*{proj\\,lim}");
  defineMacro("\\varlimsup", "\\DOTSB\\operatorname*{\\overline{\\text{lim}}}");
  defineMacro("\\varliminf", "\\DOTSB\\operatorname*{\\underline{\\text{lim}}}");
  defineMacro("\\varinjlim", "\\DOTSB\\operatorname*{\\underrightarrow{\\text{lim}}}");
  defineMacro("\\varprojlim", "\\DOTSB\\operatorname*{\\underleftarrow{\\text{lim}}}");
  defineMacro("\\centerdot", "{\\medspace\\rule{0.167em}{0.189em}\\medspace}");

  //////////////////////////////////////////////////////////////////////
  // statmath.sty
  // https://ctan.math.illinois.edu/macros/latex/contrib/statmath/statmath.pdf

  defineMacro("\\argmin", "\\DOTSB\\operatorname*{arg\\,min}");
  defineMacro("\\argmax", "\\DOTSB\\operatorname*{arg\\,max}");
  defineMacro("\\plim", "\\DOTSB\\operatorname*{plim}");

  //////////////////////////////////////////////////////////////////////
  // MnSymbol.sty

  defineMacro("\\leftmodels", "\\mathop{\\reflectbox{$\\models$}}");

  //////////////////////////////////////////////////////////////////////
  // braket.sty
  // http://ctan.math.washington.edu/tex-archive/macros/latex/contrib/braket/braket.pdf

  defineMacro("\\bra", "\\mathinner{\\langle{#1}|}");
  defineMacro("\\ket", "\\mathinner{|{#1}\\rangle}");
  defineMacro("\\braket", "\\mathinner{\\langle{#1}\\rangle}");
  defineMacro("\\Bra", "\\left\\langle#1\\right|");
  defineMacro("\\Ket", "\\left|#1\\right\\rangle");
  // A helper for \Braket and \Set
  var replaceVert = function replaceVert(argStr, match) {
    var ch = match[0] === "|" ? "\\vert" : "\\Vert";
    var replaceStr = "}\\,\\middle" + ch + "\\,{";
    return argStr.slice(0, match.index) + replaceStr + argStr.slice(match.index + match[0].length);
  };
  defineMacro("\\Braket", function (context) {
    var argStr = recreateArgStr(context);
    var regEx = /\|\||\||\\\|/g;
    var match;
    while ((match = regEx.exec(argStr)) !== null) {
      argStr = replaceVert(argStr, match);
    }
    return "\\left\\langle{" + argStr + "}\\right\\rangle";
  });
  defineMacro("\\Set", function (context) {
    var argStr = recreateArgStr(context);
    var match = /\|\||\||\\\|/.exec(argStr);
    if (match) {
      argStr = replaceVert(argStr, match);
    }
    return "\\left\\{\\:{" + argStr + "}\\:\\right\\}";
  });
  defineMacro("\\set", function (context) {
    var argStr = recreateArgStr(context);
    return "\\{{" + argStr.replace(/\|/, "}\\mid{") + "}\\}";
  });

  //////////////////////////////////////////////////////////////////////
  // actuarialangle.dtx
  defineMacro("\\angln", "{\\angl n}");

  //////////////////////////////////////////////////////////////////////
  // derivative.sty
  defineMacro("\\odv", "\\@ifstar\\odv@next\\odv@numerator");
  defineMacro("\\odv@numerator", "\\frac{\\mathrm{d}#1}{\\mathrm{d}#2}");
  defineMacro("\\odv@next", "\\frac{\\mathrm{d}}{\\mathrm{d}#2}#1");
  defineMacro("\\pdv", "\\@ifstar\\pdv@next\\pdv@numerator");
  var pdvHelper = function pdvHelper(args) {
    var numerator = args[0][0].text;
    var denoms = stringFromArg(args[1]).split(",");
    var power = String(denoms.length);
    var numOp = power === "1" ? "\\partial" : "\\partial^" + power;
    var denominator = "";
    denoms.map(function (e) {
      denominator += "\\partial " + e.trim() + "\\,";
    });
    return [numerator, numOp, denominator.replace(/\\,$/, "")];
  };
  defineMacro("\\pdv@numerator", function (context) {
    var _pdvHelper = pdvHelper(context.consumeArgs(2)),
      numerator = _pdvHelper[0],
      numOp = _pdvHelper[1],
      denominator = _pdvHelper[2];
    return "\\frac{" + numOp + " " + numerator + "}{" + denominator + "}";
  });
  defineMacro("\\pdv@next", function (context) {
    var _pdvHelper2 = pdvHelper(context.consumeArgs(2)),
      numerator = _pdvHelper2[0],
      numOp = _pdvHelper2[1],
      denominator = _pdvHelper2[2];
    return "\\frac{" + numOp + "}{" + denominator + "} " + numerator;
  });

  //////////////////////////////////////////////////////////////////////
  // upgreek.dtx
  defineMacro("\\upalpha", "\\up@greek{\\alpha}");
  defineMacro("\\upbeta", "\\up@greek{\\beta}");
  defineMacro("\\upgamma", "\\up@greek{\\gamma}");
  defineMacro("\\updelta", "\\up@greek{\\delta}");
  defineMacro("\\upepsilon", "\\up@greek{\\epsilon}");
  defineMacro("\\upzeta", "\\up@greek{\\zeta}");
  defineMacro("\\upeta", "\\up@greek{\\eta}");
  defineMacro("\\uptheta", "\\up@greek{\\theta}");
  defineMacro("\\upiota", "\\up@greek{\\iota}");
  defineMacro("\\upkappa", "\\up@greek{\\kappa}");
  defineMacro("\\uplambda", "\\up@greek{\\lambda}");
  defineMacro("\\upmu", "\\up@greek{\\mu}");
  defineMacro("\\upnu", "\\up@greek{\\nu}");
  defineMacro("\\upxi", "\\up@greek{\\xi}");
  defineMacro("\\upomicron", "\\up@greek{\\omicron}");
  defineMacro("\\uppi", "\\up@greek{\\pi}");
  defineMacro("\\upalpha", "\\up@greek{\\alpha}");
  defineMacro("\\uprho", "\\up@greek{\\rho}");
  defineMacro("\\upsigma", "\\up@greek{\\sigma}");
  defineMacro("\\uptau", "\\up@greek{\\tau}");
  defineMacro("\\upupsilon", "\\up@greek{\\upsilon}");
  defineMacro("\\upphi", "\\up@greek{\\phi}");
  defineMacro("\\upchi", "\\up@greek{\\chi}");
  defineMacro("\\uppsi", "\\up@greek{\\psi}");
  defineMacro("\\upomega", "\\up@greek{\\omega}");

  //////////////////////////////////////////////////////////////////////
  // cmll package
  defineMacro("\\invamp", '\\mathbin{\\char"214b}');
  defineMacro("\\parr", '\\mathbin{\\char"214b}');
  defineMacro("\\upand", '\\mathbin{\\char"214b}'); // STIX package
  defineMacro("\\with", '\\mathbin{\\char"26}');
  defineMacro("\\multimapinv", '\\mathrel{\\char"27dc}');
  defineMacro("\\multimapboth", '\\mathrel{\\char"29df}');
  defineMacro("\\scoh", '{\\mkern5mu\\char"2322\\mkern5mu}');
  defineMacro("\\sincoh", '{\\mkern5mu\\char"2323\\mkern5mu}');
  defineMacro("\\coh", "{\\mkern5mu\\rule{}{0.7em}\\mathrlap{\\smash{\\raise2mu{\\char\"2322}}}\n{\\smash{\\lower4mu{\\char\"2323}}}\\mkern5mu}");
  defineMacro("\\incoh", "{\\mkern5mu\\rule{}{0.7em}\\mathrlap{\\smash{\\raise2mu{\\char\"2323}}}\n{\\smash{\\lower4mu{\\char\"2322}}}\\mkern5mu}");

  //////////////////////////////////////////////////////////////////////
  // chemstyle package
  defineMacro("\\standardstate", "\\text{\\tiny\\char`⦵}");

  // Helper functions
  function getHLines(parser) {
    // Return an array. The array length = number of hlines.
    // Each element in the array tells if the line is dashed.
    var hlineInfo = [];
    parser.consumeSpaces();
    var nxt = parser.fetch().text;
    if (nxt === "\\relax") {
      parser.consume();
      parser.consumeSpaces();
      nxt = parser.fetch().text;
    }
    while (nxt === "\\hline" || nxt === "\\hdashline") {
      parser.consume();
      hlineInfo.push(nxt === "\\hdashline");
      parser.consumeSpaces();
      nxt = parser.fetch().text;
    }
    return hlineInfo;
  }
  var validateAmsEnvironmentContext = function validateAmsEnvironmentContext(context) {
    var settings = context.parser.settings;
    if (!settings.displayMode) {
      throw new ParseError("{" + context.envName + "} can be used only in display mode.");
    }
  };
  var sizeRegEx$1 = /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/;
  var arrayGaps = function arrayGaps(macros) {
    var arraystretch = macros.get("\\arraystretch");
    if (typeof arraystretch !== "string") {
      arraystretch = stringFromArg(arraystretch.tokens);
    }
    arraystretch = isNaN(arraystretch) ? null : Number(arraystretch);
    var arraycolsepStr = macros.get("\\arraycolsep");
    if (typeof arraycolsepStr !== "string") {
      arraycolsepStr = stringFromArg(arraycolsepStr.tokens);
    }
    var match = sizeRegEx$1.exec(arraycolsepStr);
    var arraycolsep = match ? {
      number: +(match[1] + match[2]),
      unit: match[3]
    } : null;
    return [arraystretch, arraycolsep];
  };
  var checkCellForLabels = function checkCellForLabels(cell) {
    // Check if the author wrote a \tag{} inside this cell.
    var rowLabel = "";
    for (var _i17 = 0; _i17 < cell.length; _i17++) {
      if (cell[_i17].type === "label") {
        if (rowLabel) {
          throw new ParseError("Multiple \\labels in one row");
        }
        rowLabel = cell[_i17].string;
      }
    }
    return rowLabel;
  };

  // autoTag (an argument to parseArray) can be one of three values:
  // * undefined: Regular (not-top-level) array; no tags on each row
  // * true: Automatic equation numbering, overridable by \tag
  // * false: Tags allowed on each row, but no automatic numbering
  // This function *doesn't* work with the "split" environment name.
  function getAutoTag(name) {
    if (name.indexOf("ed") === -1) {
      return name.indexOf("*") === -1;
    }
    // return undefined;
  }

  /**
   * Parse the body of the environment, with rows delimited by \\ and
   * columns delimited by &, and create a nested list in row-major order
   * with one group per cell.  If given an optional argument scriptLevel
   * ("text", "display", etc.), then each cell is cast into that scriptLevel.
   */
  function parseArray(parser, _ref9, scriptLevel) {
    var cols = _ref9.cols,
      envClasses = _ref9.envClasses,
      autoTag = _ref9.autoTag,
      singleRow = _ref9.singleRow,
      emptySingleRow = _ref9.emptySingleRow,
      maxNumCols = _ref9.maxNumCols,
      leqno = _ref9.leqno,
      arraystretch = _ref9.arraystretch,
      arraycolsep = _ref9.arraycolsep;
    var endToken = envClasses && envClasses.includes("bordermatrix") ? "}" : "\\end";
    parser.gullet.beginGroup();
    if (!singleRow) {
      // \cr is equivalent to \\ without the optional size argument (see below)
      // TODO: provide helpful error when \cr is used outside array environment
      parser.gullet.macros.set("\\cr", "\\\\\\relax");
    }

    // Start group for first cell
    parser.gullet.beginGroup();
    var row = [];
    var body = [row];
    var rowGaps = [];
    var labels = [];
    var hLinesBeforeRow = [];
    var tags = autoTag != null ? [] : undefined;

    // amsmath uses \global\@eqnswtrue and \global\@eqnswfalse to represent
    // whether this row should have an equation number.  Simulate this with
    // a \@eqnsw macro set to 1 or 0.
    function beginRow() {
      if (autoTag) {
        parser.gullet.macros.set("\\@eqnsw", "1", true);
      }
    }
    function endRow() {
      if (tags) {
        if (parser.gullet.macros.get("\\df@tag")) {
          tags.push(parser.subparse([new Token("\\df@tag")]));
          parser.gullet.macros.set("\\df@tag", undefined, true);
        } else {
          tags.push(Boolean(autoTag) && parser.gullet.macros.get("\\@eqnsw") === "1");
        }
      }
    }
    beginRow();

    // Test for \hline at the top of the array.
    hLinesBeforeRow.push(getHLines(parser));
    while (true) {
      // Parse each cell in its own group (namespace)
      var cell = parser.parseExpression(false, singleRow ? "\\end" : "\\\\");
      parser.gullet.endGroup();
      parser.gullet.beginGroup();
      cell = {
        type: "ordgroup",
        mode: parser.mode,
        body: cell,
        semisimple: true
      };
      row.push(cell);
      var next = parser.fetch().text;
      if (next === "&") {
        if (maxNumCols && row.length === maxNumCols) {
          if (envClasses.includes("array")) {
            if (parser.settings.strict) {
              throw new ParseError("Too few columns " + "specified in the {array} column argument.", parser.nextToken);
            }
          } else if (maxNumCols === 2) {
            throw new ParseError("The split environment accepts no more than two columns", parser.nextToken);
          } else {
            throw new ParseError("The equation environment accepts only one column", parser.nextToken);
          }
        }
        parser.consume();
      } else if (next === endToken) {
        endRow();
        // Arrays terminate newlines with `\crcr` which consumes a `\cr` if
        // the last line is empty.  However, AMS environments keep the
        // empty row if it's the only one.
        // NOTE: Currently, `cell` is the last item added into `row`.
        if (row.length === 1 && cell.body.length === 0 && (body.length > 1 || !emptySingleRow)) {
          body.pop();
        }
        labels.push(checkCellForLabels(cell.body));
        if (hLinesBeforeRow.length < body.length + 1) {
          hLinesBeforeRow.push([]);
        }
        break;
      } else if (next === "\\\\") {
        parser.consume();
        var size = void 0;
        // \def\Let@{\let\\\math@cr}
        // \def\math@cr{...\math@cr@}
        // \def\math@cr@{\new@ifnextchar[\math@cr@@{\math@cr@@[\z@]}}
        // \def\math@cr@@[#1]{...\math@cr@@@...}
        // \def\math@cr@@@{\cr}
        if (parser.gullet.future().text !== " ") {
          size = parser.parseSizeGroup(true);
        }
        rowGaps.push(size ? size.value : null);
        endRow();
        labels.push(checkCellForLabels(cell.body));

        // check for \hline(s) following the row separator
        hLinesBeforeRow.push(getHLines(parser));
        row = [];
        body.push(row);
        beginRow();
      } else {
        throw new ParseError("Expected & or \\\\ or \\cr or " + endToken, parser.nextToken);
      }
    }

    // End cell group
    parser.gullet.endGroup();
    // End array group defining \cr
    parser.gullet.endGroup();
    return {
      type: "array",
      mode: parser.mode,
      body: body,
      cols: cols,
      rowGaps: rowGaps,
      hLinesBeforeRow: hLinesBeforeRow,
      envClasses: envClasses,
      autoTag: autoTag,
      scriptLevel: scriptLevel,
      tags: tags,
      labels: labels,
      leqno: leqno,
      arraystretch: arraystretch,
      arraycolsep: arraycolsep
    };
  }

  // Decides on a scriptLevel for cells in an array according to whether the given
  // environment name starts with the letter 'd'.
  function dCellStyle(envName) {
    return envName.slice(0, 1) === "d" ? "display" : "text";
  }
  var alignMap = {
    c: "center ",
    l: "left ",
    r: "right "
  };
  var glue = function glue(group) {
    var glueNode = new MathNode("mtd", []);
    glueNode.style = {
      padding: "0",
      width: "50%"
    };
    if (group.envClasses.includes("multline")) {
      glueNode.style.width = "7.5%";
    }
    return glueNode;
  };
  var mathmlBuilder$9 = function mathmlBuilder$9(group, style) {
    var tbl = [];
    var numRows = group.body.length;
    var hlines = group.hLinesBeforeRow;
    var tagIsPresent = group.tags && group.tags.some(function (tag) {
      return tag;
    });
    var _loop = function _loop(_i18) {
      var rw = group.body[_i18];
      var row = [];
      var cellLevel = group.scriptLevel === "text" ? StyleLevel.TEXT : group.scriptLevel === "script" ? StyleLevel.SCRIPT : StyleLevel.DISPLAY;
      for (var _j7 = 0; _j7 < rw.length; _j7++) {
        var mtd = new MathNode("mtd", [buildGroup$1(rw[_j7], style.withLevel(cellLevel))]);
        if (group.envClasses.includes("multline")) {
          var _align = _i18 === 0 ? "left" : _i18 === numRows - 1 ? "right" : "center";
          if (_align !== "center") {
            mtd.classes.push("tml-" + _align);
          }
        }
        row.push(mtd);
      }
      var numColumns = group.body[0].length;
      // Fill out a short row with empty <mtd> elements.
      for (var _k = 0; _k < numColumns - rw.length; _k++) {
        row.push(new MathNode("mtd", [], [], style));
      }
      if (tagIsPresent) {
        var tag = group.tags[_i18];
        var tagElement;
        if (tag === true) {
          // automatic numbering
          tagElement = new MathNode("mtext", [new Span(["tml-eqn"])]);
        } else if (tag === false) {
          // \nonumber/\notag or starred environment
          tagElement = new MathNode("mtext", [], []);
        } else {
          // manual \tag
          tagElement = buildExpressionRow(tag[0].body, style.withLevel(cellLevel), true);
          tagElement = consolidateText(tagElement);
          tagElement.classes = ["tml-tag"];
        }
        if (tagElement) {
          row.unshift(glue(group));
          row.push(glue(group));
          if (group.leqno) {
            row[0].children.push(tagElement);
          } else {
            row[row.length - 1].children.push(tagElement);
          }
        }
      }
      var mtr = new MathNode("mtr", row, []);
      var label = group.labels.shift();
      if (label && group.tags && group.tags[_i18]) {
        mtr.setAttribute("id", label);
        if (Array.isArray(group.tags[_i18])) {
          mtr.classes.push("tml-tageqn");
        }
      }

      // Write horizontal rules
      if (_i18 === 0 && hlines[0].length > 0) {
        if (hlines[0].length === 2) {
          mtr.children.forEach(function (cell) {
            cell.style.borderTop = "0.15em double";
          });
        } else {
          mtr.children.forEach(function (cell) {
            cell.style.borderTop = hlines[0][0] ? "0.06em dashed" : "0.06em solid";
          });
        }
      }
      if (hlines[_i18 + 1].length > 0) {
        if (hlines[_i18 + 1].length === 2) {
          mtr.children.forEach(function (cell) {
            cell.style.borderBottom = "0.15em double";
          });
        } else {
          mtr.children.forEach(function (cell) {
            cell.style.borderBottom = hlines[_i18 + 1][0] ? "0.06em dashed" : "0.06em solid";
          });
        }
      }

      // Check for \hphantom \from \bordermatrix
      var mustSquashRow = true;
      for (var _j8 = 0; _j8 < mtr.children.length; _j8++) {
        var child = mtr.children[_j8].children[0];
        if (!(child && child.type === "mpadded" && child.attributes.height === "0px")) {
          mustSquashRow = false;
          break;
        }
      }
      if (mustSquashRow) {
        // All the cell contents are \hphantom. Squash the cell.
        // TODO: Remove the next line when Firefox no longer needs it.
        mtr.classes.push("ff-squash"); // necessary in Firefox only.
        for (var _j9 = 0; _j9 < mtr.children.length; _j9++) {
          mtr.children[_j9].style.paddingTop = "0";
          mtr.children[_j9].style.paddingBottom = "0";
        }
      }
      tbl.push(mtr);
    };
    for (var _i18 = 0; _i18 < numRows; _i18++) {
      _loop(_i18);
    }
    if (group.arraystretch && group.arraystretch !== 1) {
      // In LaTeX, \arraystretch is a factor applied to a 12pt strut height.
      // It defines a baseline to baseline distance.
      // Here, we do an approximation of that approach.
      var pad = String(1.4 * group.arraystretch - 0.8) + "ex";
      for (var _i19 = 0; _i19 < tbl.length; _i19++) {
        for (var j = 0; j < tbl[_i19].children.length; j++) {
          tbl[_i19].children[j].style.paddingTop = pad;
          tbl[_i19].children[j].style.paddingBottom = pad;
        }
      }
    }
    var sidePadding;
    var sidePadUnit;
    if (group.envClasses.length > 0) {
      sidePadding = group.envClasses.includes("abut") ? "0" : group.envClasses.includes("cases") ? "0" : group.envClasses.includes("small") ? "0.1389" : group.envClasses.includes("cd") ? "0.25" : "0.4"; // default side padding
      sidePadUnit = "em";
    }
    if (group.arraycolsep) {
      var arraySidePad = calculateSize(group.arraycolsep, style);
      sidePadding = arraySidePad.number.toFixed(4);
      sidePadUnit = arraySidePad.unit;
    }
    if (sidePadding) {
      var numCols = tbl.length === 0 ? 0 : tbl[0].children.length;
      var sidePad = function sidePad(j, hand) {
        if (j === 0 && hand === 0) {
          return "0";
        }
        if (j === numCols - 1 && hand === 1) {
          return "0";
        }
        if (group.envClasses[0] !== "align") {
          return sidePadding;
        }
        if (hand === 1) {
          return "0";
        }
        if (tagIsPresent) {
          return j % 2 ? "1" : "0";
        } else {
          return j % 2 ? "0" : "1";
        }
      };

      // Side padding
      for (var _i20 = 0; _i20 < tbl.length; _i20++) {
        for (var _j5 = 0; _j5 < tbl[_i20].children.length; _j5++) {
          tbl[_i20].children[_j5].style.paddingLeft = "" + sidePad(_j5, 0) + sidePadUnit;
          tbl[_i20].children[_j5].style.paddingRight = "" + sidePad(_j5, 1) + sidePadUnit;
        }
      }
    }
    if (group.envClasses.length === 0) {
      // Set zero padding on side of the matrix
      for (var _i21 = 0; _i21 < tbl.length; _i21++) {
        tbl[_i21].children[0].style.paddingLeft = "0em";
        if (tbl[_i21].children.length === tbl[0].children.length) {
          tbl[_i21].children[tbl[_i21].children.length - 1].style.paddingRight = "0em";
        }
      }
    }
    if (group.envClasses.length > 0) {
      // Justification
      var align = group.envClasses.includes("align") || group.envClasses.includes("alignat");
      for (var _i22 = 0; _i22 < tbl.length; _i22++) {
        var row = tbl[_i22];
        if (align) {
          for (var _j6 = 0; _j6 < row.children.length; _j6++) {
            // Chromium does not recognize text-align: left. Use -webkit-
            // TODO: Remove -webkit- when Chromium no longer needs it.
            row.children[_j6].classes = ["tml-" + (_j6 % 2 ? "left" : "right")];
          }
          if (tagIsPresent) {
            var k = group.leqno ? 0 : row.children.length - 1;
            row.children[k].classes = []; // Default is center.
          }
        }
        if (row.children.length > 1 && group.envClasses.includes("cases")) {
          row.children[1].style.paddingLeft = "1em";
        }
        if (group.envClasses.includes("cases") || group.envClasses.includes("subarray")) {
          for (var _iterator4 = _createForOfIteratorHelperLoose(row.children), _step4; !(_step4 = _iterator4()).done;) {
            var cell = _step4.value;
            cell.classes.push("tml-left");
          }
        }
      }
    }
    var table = new MathNode("mtable", tbl);
    if (group.envClasses.length > 0) {
      // Top & bottom padding
      if (group.envClasses.includes("jot")) {
        table.classes.push("tml-jot");
      } else if (group.envClasses.includes("small")) {
        table.classes.push("tml-small");
      }
    }
    if (group.scriptLevel === "display") {
      table.setAttribute("displaystyle", "true");
    }
    if (group.autoTag || group.envClasses.includes("multline")) {
      table.style.width = "100%";
    }

    // Column separator lines and column alignment

    if (group.cols && group.cols.length > 0) {
      var cols = group.cols;
      var prevTypeWasAlign = false;
      var iStart = 0;
      var iEnd = cols.length;
      while (cols[iStart].type === "separator") {
        iStart += 1;
      }
      while (cols[iEnd - 1].type === "separator") {
        iEnd -= 1;
      }
      if (cols[0].type === "separator") {
        var sep = cols[1].type === "separator" ? "0.15em double" : cols[0].separator === "|" ? "0.06em solid " : "0.06em dashed ";
        for (var _iterator5 = _createForOfIteratorHelperLoose(table.children), _step5; !(_step5 = _iterator5()).done;) {
          var _row = _step5.value;
          _row.children[0].style.borderLeft = sep;
        }
      }
      var iCol = tagIsPresent ? 0 : -1;
      for (var _i23 = iStart; _i23 < iEnd; _i23++) {
        if (cols[_i23].type === "align") {
          var colAlign = alignMap[cols[_i23].align];
          iCol += 1;
          for (var _iterator6 = _createForOfIteratorHelperLoose(table.children), _step6; !(_step6 = _iterator6()).done;) {
            var _row2 = _step6.value;
            if (colAlign.trim() !== "center" && iCol < _row2.children.length) {
              _row2.children[iCol].classes = ["tml-" + colAlign.trim()];
            }
          }
          prevTypeWasAlign = true;
        } else if (cols[_i23].type === "separator") {
          // MathML accepts only single lines between cells.
          // So we read only the first of consecutive separators.
          if (prevTypeWasAlign) {
            var _sep = cols[_i23 + 1].type === "separator" ? "0.15em double" : cols[_i23].separator === "|" ? "0.06em solid" : "0.06em dashed";
            for (var _iterator7 = _createForOfIteratorHelperLoose(table.children), _step7; !(_step7 = _iterator7()).done;) {
              var _row3 = _step7.value;
              if (iCol < _row3.children.length) {
                _row3.children[iCol].style.borderRight = _sep;
              }
            }
          }
          prevTypeWasAlign = false;
        }
      }
      if (cols[cols.length - 1].type === "separator") {
        var _sep2 = cols[cols.length - 2].type === "separator" ? "0.15em double" : cols[cols.length - 1].separator === "|" ? "0.06em solid" : "0.06em dashed";
        for (var _iterator8 = _createForOfIteratorHelperLoose(table.children), _step8; !(_step8 = _iterator8()).done;) {
          var _row4 = _step8.value;
          _row4.children[_row4.children.length - 1].style.borderRight = _sep2;
          _row4.children[_row4.children.length - 1].style.paddingRight = "0.4em";
        }
      }
    }
    if (group.envClasses.includes("small")) {
      // A small array. Wrap in scriptstyle.
      table = new MathNode("mstyle", [table]);
      table.setAttribute("scriptlevel", "1");
    }
    return table;
  };

  // Convenience function for align, align*, aligned, alignat, alignat*, alignedat, split.
  var alignedHandler = function alignedHandler(context, args) {
    if (context.envName.indexOf("ed") === -1) {
      validateAmsEnvironmentContext(context);
    }
    var isSplit = context.envName === "split";
    var cols = [];
    var res = parseArray(context.parser, {
      cols: cols,
      emptySingleRow: true,
      autoTag: isSplit ? undefined : getAutoTag(context.envName),
      envClasses: ["abut", "jot"],
      // set row spacing & provisional column spacing
      maxNumCols: context.envName === "split" ? 2 : undefined,
      leqno: context.parser.settings.leqno
    }, "display");

    // Determining number of columns.
    // 1. If the first argument is given, we use it as a number of columns,
    //    and makes sure that each row doesn't exceed that number.
    // 2. Otherwise, just count number of columns = maximum number
    //    of cells in each row ("aligned" mode -- isAligned will be true).
    //
    // At the same time, prepend empty group {} at beginning of every second
    // cell in each row (starting with second cell) so that operators become
    // binary.  This behavior is implemented in amsmath's \start@aligned.
    var numMaths;
    var numCols = 0;
    var isAlignedAt = context.envName.indexOf("at") > -1;
    if (args[0] && isAlignedAt) {
      // alignat environment takes an argument w/ number of columns
      var arg0 = "";
      for (var _i24 = 0; _i24 < args[0].body.length; _i24++) {
        var _textord = assertNodeType(args[0].body[_i24], "textord");
        arg0 += _textord.text;
      }
      if (isNaN(arg0)) {
        throw new ParseError("The alignat enviroment requires a numeric first argument.");
      }
      numMaths = Number(arg0);
      numCols = numMaths * 2;
    }
    res.body.forEach(function (row) {
      if (isAlignedAt) {
        // Case 1
        var curMaths = row.length / 2;
        if (numMaths < curMaths) {
          throw new ParseError("Too many math in a row: " + ("expected " + numMaths + ", but got " + curMaths), row[0]);
        }
      } else if (numCols < row.length) {
        // Case 2
        numCols = row.length;
      }
    });

    // Adjusting alignment.
    // In aligned mode, we add one \qquad between columns;
    // otherwise we add nothing.
    for (var _i25 = 0; _i25 < numCols; ++_i25) {
      var align = "r";
      if (_i25 % 2 === 1) {
        align = "l";
      }
      cols[_i25] = {
        type: "align",
        align: align
      };
    }
    if (context.envName === "split") ;else if (isAlignedAt) {
      res.envClasses.push("alignat"); // Sets justification
    } else {
      res.envClasses[0] = "align"; // Sets column spacing & justification
    }
    return res;
  };

  // Arrays are part of LaTeX, defined in lttab.dtx so its documentation
  // is part of the source2e.pdf file of LaTeX2e source documentation.
  // {darray} is an {array} environment where cells are set in \displaystyle,
  // as defined in nccmath.sty.
  defineEnvironment({
    type: "array",
    names: ["array", "darray"],
    props: {
      numArgs: 1
    },
    handler: function handler(context, args) {
      // Since no types are specified above, the two possibilities are
      // - The argument is wrapped in {} or [], in which case Parser's
      //   parseGroup() returns an "ordgroup" wrapping some symbol node.
      // - The argument is a bare symbol node.
      var symNode = checkSymbolNodeType(args[0]);
      var colalign = symNode ? [args[0]] : assertNodeType(args[0], "ordgroup").body;
      var cols = colalign.map(function (nde) {
        var node = assertSymbolNodeType(nde);
        var ca = node.text;
        if ("lcr".indexOf(ca) !== -1) {
          return {
            type: "align",
            align: ca
          };
        } else if (ca === "|") {
          return {
            type: "separator",
            separator: "|"
          };
        } else if (ca === ":") {
          return {
            type: "separator",
            separator: ":"
          };
        }
        throw new ParseError("Unknown column alignment: " + ca, nde);
      });
      var _arrayGaps = arrayGaps(context.parser.gullet.macros),
        arraystretch = _arrayGaps[0],
        arraycolsep = _arrayGaps[1];
      var res = {
        cols: cols,
        envClasses: ["array"],
        maxNumCols: cols.length,
        arraystretch: arraystretch,
        arraycolsep: arraycolsep
      };
      return parseArray(context.parser, res, dCellStyle(context.envName));
    },
    mathmlBuilder: mathmlBuilder$9
  });

  // The matrix environments of amsmath build on the array environment
  // of LaTeX, which is discussed above.
  // The mathtools package adds starred versions of the same environments.
  // These have an optional argument to choose left|center|right justification.
  defineEnvironment({
    type: "array",
    names: ["matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      var delimiters = {
        matrix: null,
        pmatrix: ["(", ")"],
        bmatrix: ["[", "]"],
        Bmatrix: ["\\{", "\\}"],
        vmatrix: ["|", "|"],
        Vmatrix: ["\\Vert", "\\Vert"]
      }[context.envName.replace("*", "")];
      // \hskip -\arraycolsep in amsmath
      var colAlign = "c";
      var payload = {
        envClasses: [],
        cols: []
      };
      if (context.envName.charAt(context.envName.length - 1) === "*") {
        // It's one of the mathtools starred functions.
        // Parse the optional alignment argument.
        var parser = context.parser;
        parser.consumeSpaces();
        if (parser.fetch().text === "[") {
          parser.consume();
          parser.consumeSpaces();
          colAlign = parser.fetch().text;
          if ("lcr".indexOf(colAlign) === -1) {
            throw new ParseError("Expected l or c or r", parser.nextToken);
          }
          parser.consume();
          parser.consumeSpaces();
          parser.expect("]");
          parser.consume();
          payload.cols = [];
        }
      }
      var res = parseArray(context.parser, payload, "text");
      res.cols = res.body.length > 0 ? new Array(res.body[0].length).fill({
        type: "align",
        align: colAlign
      }) : [];
      var _arrayGaps2 = arrayGaps(context.parser.gullet.macros),
        arraystretch = _arrayGaps2[0],
        arraycolsep = _arrayGaps2[1];
      res.arraystretch = arraystretch;
      if (arraycolsep && !(arraycolsep === 6 && arraycolsep === "pt")) {
        res.arraycolsep = arraycolsep;
      }
      return delimiters ? {
        type: "leftright",
        mode: context.mode,
        body: [res],
        left: delimiters[0],
        right: delimiters[1],
        rightColor: undefined // \right uninfluenced by \color in array
      } : res;
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["bordermatrix"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      var payload = {
        cols: [],
        envClasses: ["bordermatrix"]
      };
      var res = parseArray(context.parser, payload, "text");
      res.cols = res.body.length > 0 ? new Array(res.body[0].length).fill({
        type: "align",
        align: "c"
      }) : [];
      res.envClasses = [];
      res.arraystretch = 1;
      if (context.envName === "matrix") {
        return res;
      }
      return bordermatrixParseTree(res, context.delimiters);
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["smallmatrix"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      var payload = {
        envClasses: ["small"]
      };
      var res = parseArray(context.parser, payload, "script");
      return res;
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["subarray"],
    props: {
      numArgs: 1
    },
    handler: function handler(context, args) {
      // Parsing of {subarray} is similar to {array}
      var symNode = checkSymbolNodeType(args[0]);
      var colalign = symNode ? [args[0]] : assertNodeType(args[0], "ordgroup").body;
      var cols = colalign.map(function (nde) {
        var node = assertSymbolNodeType(nde);
        var ca = node.text;
        // {subarray} only recognizes "l" & "c"
        if ("lc".indexOf(ca) !== -1) {
          return {
            type: "align",
            align: ca
          };
        }
        throw new ParseError("Unknown column alignment: " + ca, nde);
      });
      if (cols.length > 1) {
        throw new ParseError("{subarray} can contain only one column");
      }
      var res = {
        cols: cols,
        envClasses: ["small"]
      };
      res = parseArray(context.parser, res, "script");
      if (res.body.length > 0 && res.body[0].length > 1) {
        throw new ParseError("{subarray} can contain only one column");
      }
      return res;
    },
    mathmlBuilder: mathmlBuilder$9
  });

  // A cases environment (in amsmath.sty) is almost equivalent to
  // \def
  // \left\{\begin{array}{@{}l@{\quad}l@{}} … \end{array}\right.
  // {dcases} is a {cases} environment where cells are set in \displaystyle,
  // as defined in mathtools.sty.
  // {rcases} is another mathtools environment. It's brace is on the right side.
  defineEnvironment({
    type: "array",
    names: ["cases", "dcases", "rcases", "drcases"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      var payload = {
        cols: [],
        envClasses: ["cases"]
      };
      var res = parseArray(context.parser, payload, dCellStyle(context.envName));
      return {
        type: "leftright",
        mode: context.mode,
        body: [res],
        left: context.envName.indexOf("r") > -1 ? "." : "\\{",
        right: context.envName.indexOf("r") > -1 ? "\\}" : ".",
        rightColor: undefined
      };
    },
    mathmlBuilder: mathmlBuilder$9
  });

  // In the align environment, one uses ampersands, &, to specify number of
  // columns in each row, and to locate spacing between each column.
  // align gets automatic numbering. align* and aligned do not.
  // The alignedat environment can be used in math mode.
  defineEnvironment({
    type: "array",
    names: ["align", "align*", "aligned", "split"],
    props: {
      numArgs: 0
    },
    handler: alignedHandler,
    mathmlBuilder: mathmlBuilder$9
  });

  // alignat environment is like an align environment, but one must explicitly
  // specify maximum number of columns in each row, and can adjust where spacing occurs.
  defineEnvironment({
    type: "array",
    names: ["alignat", "alignat*", "alignedat"],
    props: {
      numArgs: 1
    },
    handler: alignedHandler,
    mathmlBuilder: mathmlBuilder$9
  });

  // A gathered environment is like an array environment with one centered
  // column, but where rows are considered lines so get \jot line spacing
  // and contents are set in \displaystyle.
  defineEnvironment({
    type: "array",
    names: ["gathered", "gather", "gather*"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      if (context.envName !== "gathered") {
        validateAmsEnvironmentContext(context);
      }
      var res = {
        cols: [],
        envClasses: ["abut", "jot"],
        autoTag: getAutoTag(context.envName),
        emptySingleRow: true,
        leqno: context.parser.settings.leqno
      };
      return parseArray(context.parser, res, "display");
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["equation", "equation*"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      validateAmsEnvironmentContext(context);
      var res = {
        autoTag: getAutoTag(context.envName),
        emptySingleRow: true,
        singleRow: true,
        maxNumCols: 1,
        envClasses: ["align"],
        leqno: context.parser.settings.leqno
      };
      return parseArray(context.parser, res, "display");
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["multline", "multline*"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      validateAmsEnvironmentContext(context);
      var res = {
        autoTag: context.envName === "multline",
        maxNumCols: 1,
        envClasses: ["jot", "multline"],
        leqno: context.parser.settings.leqno
      };
      return parseArray(context.parser, res, "display");
    },
    mathmlBuilder: mathmlBuilder$9
  });
  defineEnvironment({
    type: "array",
    names: ["CD"],
    props: {
      numArgs: 0
    },
    handler: function handler(context) {
      validateAmsEnvironmentContext(context);
      return parseCD(context.parser);
    },
    mathmlBuilder: mathmlBuilder$9
  });

  // Catch \hline outside array environment
  defineFunction({
    type: "text",
    // Doesn't matter what this is.
    names: ["\\hline", "\\hdashline"],
    props: {
      numArgs: 0,
      allowedInText: true,
      allowedInMath: true
    },
    handler: function handler(context, args) {
      throw new ParseError(context.funcName + " valid only within array environment");
    }
  });
  var environments = _environments;

  // \bordermatrix  from TeXbook pp 177 & 361
  // Optional argument from Herbert Voß, Math mode, p 20
  // Ref: https://tug.ctan.org/obsolete/info/math/voss/mathmode/Mathmode.pdf

  defineFunction({
    type: "bordermatrix",
    names: ["\\bordermatrix", "\\matrix"],
    props: {
      numArgs: 0,
      numOptionalArgs: 1
    },
    handler: function handler(_ref0, args, optArgs) {
      var parser = _ref0.parser,
        funcName = _ref0.funcName;
      // Find out if the author has defined custom delimiters
      var delimiters = ["(", ")"]; // default
      if (funcName === "\\bordermatrix" && optArgs[0] && optArgs[0].body) {
        var body = optArgs[0].body;
        if (body.length === 1 && body[0].type === "delimiter") {
          delimiters = [body[0].left, body[0].right];
        }
      }
      // consume the opening brace
      parser.consumeSpaces();
      parser.consume();

      // Pass control to the environment handler in array.js.
      var env = environments["bordermatrix"];
      var context = {
        mode: parser.mode,
        envName: funcName.slice(1),
        delimiters: delimiters,
        parser: parser
      };
      var result = env.handler(context);
      parser.expect("}", true);
      return result;
    }
  });
  defineFunction({
    type: "cancelto",
    names: ["\\cancelto"],
    props: {
      numArgs: 2
    },
    handler: function handler(_ref1, args) {
      var parser = _ref1.parser;
      var to = args[0];
      var body = args[1];
      return {
        type: "cancelto",
        mode: parser.mode,
        body: body,
        to: to,
        isCharacterBox: isCharacterBox(body)
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var fromNode = new MathNode("mrow", [buildGroup$1(group.body, style)], ["ff-narrow"] // A zero-width mrow.
      );
      // Write the arrow in a node written after the content.
      // That way, the arrow will be an overlay on the content.
      var phantom = new MathNode("mphantom", [buildGroup$1(group.body, style)]);
      var arrow = new MathNode("mrow", [phantom], ["tml-cancelto"]);
      arrow.style.color = style.color;
      if (group.isCharacterBox && smalls.indexOf(group.body.body[0].text) > -1) {
        arrow.style.left = "0.1em";
        arrow.style.width = "90%";
      }
      var node = new MathNode("mrow", [fromNode, arrow], ["menclose"]);
      if (!group.isCharacterBox || /[f∫∑]/.test(group.body.body[0].text)) {
        // Add 0.2em space to right of content to make room for the arrowhead.
        phantom.style.paddingRight = "0.2em";
      } else {
        phantom.style.padding = "0.5ex 0.1em 0 0";
        var strut = new MathNode('mspace', []);
        strut.setAttribute('height', "0.85em");
        fromNode.children.push(strut);
      }

      // Create the "to" value above and to the right of the arrow.
      // First, we want a dummy node with the same height as the `from` content.
      // We'll place the `to` node above the dummy to get the correct vertical alignment.
      var dummyNode;
      if (group.isCharacterBox) {
        dummyNode = new MathNode('mspace', []);
        dummyNode.setAttribute('height', "1em");
      } else {
        // Create a phantom node with the same content as the body.
        var _inner = buildGroup$1(group.body, style);
        // The phantom node will be zero-width, so it won't affect horizontal spacing.
        var zeroWidthNode = new MathNode("mpadded", [_inner]);
        zeroWidthNode.setAttribute("width", "0.1px"); // Don't use 0. WebKit would omit it.
        dummyNode = new MathNode("mphantom", [zeroWidthNode]); // Hide it.
      }
      var toNode = buildGroup$1(group.to, style);
      toNode.style.color = style.color;
      var zeroWidthToNode = new MathNode("mpadded", [toNode]);
      if (!group.isCharacterBox || /[f∫∑]/.test(group.body.body[0].text)) {
        var w = new MathNode("mspace", []);
        w.setAttribute('width', "0.2em");
        zeroWidthToNode.children.unshift(w);
      }
      zeroWidthToNode.setAttribute("width", "0.1px"); // Don't use 0. WebKit would hide it.
      var mover = new MathNode("mover", [dummyNode, zeroWidthToNode]);
      // Fix Firefox positioning.
      var nudgeLeft = new MathNode('mrow', [], ["ff-nudge-left"]);
      return newDocumentFragment([makeRow([node, mover]), nudgeLeft]);
    }
  });

  // \@char is an internal function that takes a grouped decimal argument like
  // {123} and converts into symbol with code 123.  It is used by the *macro*
  // \char defined in macros.js.
  defineFunction({
    type: "textord",
    names: ["\\@char"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref10, args) {
      var parser = _ref10.parser,
        token = _ref10.token;
      var arg = assertNodeType(args[0], "ordgroup");
      var group = arg.body;
      var number = "";
      for (var _i26 = 0; _i26 < group.length; _i26++) {
        var node = assertNodeType(group[_i26], "textord");
        number += node.text;
      }
      var code = parseInt(number);
      if (isNaN(code)) {
        throw new ParseError("\\@char has non-numeric argument " + number, token);
      }
      return {
        type: "textord",
        mode: parser.mode,
        text: String.fromCodePoint(code)
      };
    }
  });

  // Helpers
  var htmlRegEx = /^(#[a-f0-9]{3}|#?[a-f0-9]{6})$/i;
  var htmlOrNameRegEx = /^(#[a-f0-9]{3}|#?[a-f0-9]{6}|[a-z]+)$/i;
  var RGBregEx = /^ *\d{1,3} *(?:, *\d{1,3} *){2}$/;
  var rgbRegEx = /^ *[10](?:\.\d*)? *(?:, *[10](?:\.\d*)? *){2}$/;
  var xcolorHtmlRegEx = /^[a-f0-9]{6}$/i;
  var toHex = function toHex(num) {
    var str = num.toString(16);
    if (str.length === 1) {
      str = "0" + str;
    }
    return str;
  };

  // Colors from Tables 4.1 and 4.2 of the xcolor package.
  // Table 4.1 (lower case) RGB values are taken from chroma and xcolor.dtx.
  // Table 4.2 (Capitalized) values were sampled, because Chroma contains a unreliable
  // conversion from cmyk to RGB. See https://tex.stackexchange.com/a/537274.
  var xcolors = JSON.parse("{\n  \"Apricot\": \"#ffb484\",\n  \"Aquamarine\": \"#08b4bc\",\n  \"Bittersweet\": \"#c84c14\",\n  \"blue\": \"#0000FF\",\n  \"Blue\": \"#303494\",\n  \"BlueGreen\": \"#08b4bc\",\n  \"BlueViolet\": \"#503c94\",\n  \"BrickRed\": \"#b8341c\",\n  \"brown\": \"#BF8040\",\n  \"Brown\": \"#802404\",\n  \"BurntOrange\": \"#f8941c\",\n  \"CadetBlue\": \"#78749c\",\n  \"CarnationPink\": \"#f884b4\",\n  \"Cerulean\": \"#08a4e4\",\n  \"CornflowerBlue\": \"#40ace4\",\n  \"cyan\": \"#00FFFF\",\n  \"Cyan\": \"#08acec\",\n  \"Dandelion\": \"#ffbc44\",\n  \"darkgray\": \"#404040\",\n  \"DarkOrchid\": \"#a8548c\",\n  \"Emerald\": \"#08ac9c\",\n  \"ForestGreen\": \"#089c54\",\n  \"Fuchsia\": \"#90348c\",\n  \"Goldenrod\": \"#ffdc44\",\n  \"gray\": \"#808080\",\n  \"Gray\": \"#98949c\",\n  \"green\": \"#00FF00\",\n  \"Green\": \"#08a44c\",\n  \"GreenYellow\": \"#e0e474\",\n  \"JungleGreen\": \"#08ac9c\",\n  \"Lavender\": \"#f89cc4\",\n  \"lightgray\": \"#c0c0c0\",\n  \"lime\": \"#BFFF00\",\n  \"LimeGreen\": \"#90c43c\",\n  \"magenta\": \"#FF00FF\",\n  \"Magenta\": \"#f0048c\",\n  \"Mahogany\": \"#b0341c\",\n  \"Maroon\": \"#b03434\",\n  \"Melon\": \"#f89c7c\",\n  \"MidnightBlue\": \"#086494\",\n  \"Mulberry\": \"#b03c94\",\n  \"NavyBlue\": \"#086cbc\",\n  \"olive\": \"#7F7F00\",\n  \"OliveGreen\": \"#407c34\",\n  \"orange\": \"#FF8000\",\n  \"Orange\": \"#f8843c\",\n  \"OrangeRed\": \"#f0145c\",\n  \"Orchid\": \"#b074ac\",\n  \"Peach\": \"#f8945c\",\n  \"Periwinkle\": \"#8074bc\",\n  \"PineGreen\": \"#088c74\",\n  \"pink\": \"#ff7f7f\",\n  \"Plum\": \"#98248c\",\n  \"ProcessBlue\": \"#08b4ec\",\n  \"purple\": \"#BF0040\",\n  \"Purple\": \"#a0449c\",\n  \"RawSienna\": \"#983c04\",\n  \"red\": \"#ff0000\",\n  \"Red\": \"#f01c24\",\n  \"RedOrange\": \"#f86434\",\n  \"RedViolet\": \"#a0246c\",\n  \"Rhodamine\": \"#f0549c\",\n  \"Royallue\": \"#0874bc\",\n  \"RoyalPurple\": \"#683c9c\",\n  \"RubineRed\": \"#f0047c\",\n  \"Salmon\": \"#f8948c\",\n  \"SeaGreen\": \"#30bc9c\",\n  \"Sepia\": \"#701404\",\n  \"SkyBlue\": \"#48c4dc\",\n  \"SpringGreen\": \"#c8dc64\",\n  \"Tan\": \"#e09c74\",\n  \"teal\": \"#007F7F\",\n  \"TealBlue\": \"#08acb4\",\n  \"Thistle\": \"#d884b4\",\n  \"Turquoise\": \"#08b4cc\",\n  \"violet\": \"#800080\",\n  \"Violet\": \"#60449c\",\n  \"VioletRed\": \"#f054a4\",\n  \"WildStrawberry\": \"#f0246c\",\n  \"yellow\": \"#FFFF00\",\n  \"Yellow\": \"#fff404\",\n  \"YellowGreen\": \"#98cc6c\",\n  \"YellowOrange\": \"#ffa41c\"\n}");
  var colorFromSpec = function colorFromSpec(model, spec) {
    var color = "";
    if (model === "HTML") {
      if (!htmlRegEx.test(spec)) {
        throw new ParseError("Invalid HTML input.");
      }
      color = spec;
    } else if (model === "RGB") {
      if (!RGBregEx.test(spec)) {
        throw new ParseError("Invalid RGB input.");
      }
      spec.split(",").map(function (e) {
        color += toHex(Number(e.trim()));
      });
    } else {
      if (!rgbRegEx.test(spec)) {
        throw new ParseError("Invalid rbg input.");
      }
      spec.split(",").map(function (e) {
        var num = Number(e.trim());
        if (num > 1) {
          throw new ParseError("Color rgb input must be < 1.");
        }
        color += toHex(Number((num * 255).toFixed(0)));
      });
    }
    if (color.charAt(0) !== "#") {
      color = "#" + color;
    }
    return color;
  };
  var validateColor = function validateColor(color, macros, token) {
    var macroName = "\\\\color@" + color; // from \defineColor.
    var match = htmlOrNameRegEx.exec(color);
    if (!match) {
      throw new ParseError("Invalid color: '" + color + "'", token);
    }
    // We allow a 6-digit HTML color spec without a leading "#".
    // This follows the xcolor package's HTML color model.
    // Predefined color names are all missed by this RegEx pattern.
    if (xcolorHtmlRegEx.test(color)) {
      return "#" + color;
    } else if (color.charAt(0) === "#") {
      return color;
    } else if (macros.has(macroName)) {
      color = macros.get(macroName).tokens[0].text;
    } else if (xcolors[color]) {
      color = xcolors[color];
    }
    return color;
  };
  var mathmlBuilder$8 = function mathmlBuilder$8(group, style) {
    // In LaTeX, color is not supposed to change the spacing of any node.
    // So instead of wrapping the group in an <mstyle>, we apply
    // the color individually to each node and return a document fragment.
    var expr = buildExpression(group.body, style.withColor(group.color));
    if (expr.length === 0) {
      expr.push(new MathNode("mrow"));
    }
    expr = expr.map(function (e) {
      e.style.color = group.color;
      return e;
    });
    return newDocumentFragment(expr);
  };
  defineFunction({
    type: "color",
    names: ["\\textcolor"],
    props: {
      numArgs: 2,
      numOptionalArgs: 1,
      allowedInText: true,
      argTypes: ["raw", "raw", "original"]
    },
    handler: function handler(_ref11, args, optArgs) {
      var parser = _ref11.parser,
        token = _ref11.token;
      var model = optArgs[0] && assertNodeType(optArgs[0], "raw").string;
      var color = "";
      if (model) {
        var spec = assertNodeType(args[0], "raw").string;
        color = colorFromSpec(model, spec);
      } else {
        color = validateColor(assertNodeType(args[0], "raw").string, parser.gullet.macros, token);
      }
      var body = args[1];
      return {
        type: "color",
        mode: parser.mode,
        color: color,
        isTextColor: true,
        body: ordargument(body)
      };
    },
    mathmlBuilder: mathmlBuilder$8
  });
  defineFunction({
    type: "color",
    names: ["\\color"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1,
      allowedInText: true,
      argTypes: ["raw", "raw"]
    },
    handler: function handler(_ref12, args, optArgs) {
      var parser = _ref12.parser,
        breakOnTokenText = _ref12.breakOnTokenText,
        token = _ref12.token;
      var model = optArgs[0] && assertNodeType(optArgs[0], "raw").string;
      var color = "";
      if (model) {
        var spec = assertNodeType(args[0], "raw").string;
        color = colorFromSpec(model, spec);
      } else {
        color = validateColor(assertNodeType(args[0], "raw").string, parser.gullet.macros, token);
      }

      // Parse out the implicit body that should be colored.
      var body = parser.parseExpression(true, breakOnTokenText, true);
      return {
        type: "color",
        mode: parser.mode,
        color: color,
        isTextColor: false,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$8
  });
  defineFunction({
    type: "color",
    names: ["\\definecolor"],
    props: {
      numArgs: 3,
      allowedInText: true,
      argTypes: ["raw", "raw", "raw"]
    },
    handler: function handler(_ref13, args) {
      var parser = _ref13.parser,
        funcName = _ref13.funcName,
        token = _ref13.token;
      var name = assertNodeType(args[0], "raw").string;
      if (!/^[A-Za-z]+$/.test(name)) {
        throw new ParseError("Color name must be latin letters.", token);
      }
      var model = assertNodeType(args[1], "raw").string;
      if (!["HTML", "RGB", "rgb"].includes(model)) {
        throw new ParseError("Color model must be HTML, RGB, or rgb.", token);
      }
      var spec = assertNodeType(args[2], "raw").string;
      var color = colorFromSpec(model, spec);
      parser.gullet.macros.set("\\\\color@" + name, {
        tokens: [{
          text: color
        }],
        numArgs: 0
      });
      return {
        type: "internal",
        mode: parser.mode
      };
    } // No mathmlBuilder. The point of \definecolor is to set a macro.
  });

  // Row breaks within tabular environments, and line breaks at top level

  // \DeclareRobustCommand\\{...\@xnewline}
  defineFunction({
    type: "cr",
    names: ["\\\\"],
    props: {
      numArgs: 0,
      numOptionalArgs: 0,
      allowedInText: true
    },
    handler: function handler(_ref14, args, optArgs) {
      var parser = _ref14.parser;
      var size = parser.gullet.future().text === "[" ? parser.parseSizeGroup(true) : null;
      var newLine = !parser.settings.displayMode;
      return {
        type: "cr",
        mode: parser.mode,
        newLine: newLine,
        size: size && assertNodeType(size, "size").value
      };
    },
    // The following builder is called only at the top level,
    // not within tabular/array environments.
    mathmlBuilder: function mathmlBuilder(group, style) {
      // MathML 3.0 calls for newline to occur in an <mo> or an <mspace>.
      // Ref: https://www.w3.org/TR/MathML3/chapter3.html#presm.linebreaking
      var node = new MathNode("mo");
      if (group.newLine) {
        node.setAttribute("linebreak", "newline");
        if (group.size) {
          var size = calculateSize(group.size, style);
          node.setAttribute("height", size.number + size.unit);
        }
      }
      return node;
    }
  });
  var globalMap = {
    "\\global": "\\global",
    "\\long": "\\\\globallong",
    "\\\\globallong": "\\\\globallong",
    "\\def": "\\gdef",
    "\\gdef": "\\gdef",
    "\\edef": "\\xdef",
    "\\xdef": "\\xdef",
    "\\let": "\\\\globallet",
    "\\futurelet": "\\\\globalfuture"
  };
  var checkControlSequence = function checkControlSequence(tok) {
    var name = tok.text;
    if (/^(?:[\\{}$&#^_]|EOF)$/.test(name)) {
      throw new ParseError("Expected a control sequence", tok);
    }
    return name;
  };
  var getRHS = function getRHS(parser) {
    var tok = parser.gullet.popToken();
    if (tok.text === "=") {
      // consume optional equals
      tok = parser.gullet.popToken();
      if (tok.text === " ") {
        // consume one optional space
        tok = parser.gullet.popToken();
      }
    }
    return tok;
  };
  var letCommand = function letCommand(parser, name, tok, global) {
    var macro = parser.gullet.macros.get(tok.text);
    if (macro == null) {
      // don't expand it later even if a macro with the same name is defined
      // e.g., \let\foo=\frac \def\frac{\relax} \frac12
      tok.noexpand = true;
      macro = {
        tokens: [tok],
        numArgs: 0,
        // reproduce the same behavior in expansion
        unexpandable: !parser.gullet.isExpandable(tok.text)
      };
    }
    parser.gullet.macros.set(name, macro, global);
  };

  // <assignment> -> <non-macro assignment>|<macro assignment>
  // <non-macro assignment> -> <simple assignment>|\global<non-macro assignment>
  // <macro assignment> -> <definition>|<prefix><macro assignment>
  // <prefix> -> \global|\long|\outer
  defineFunction({
    type: "internal",
    names: ["\\global", "\\long", "\\\\globallong" // can’t be entered directly
    ],
    props: {
      numArgs: 0,
      allowedInText: true
    },
    handler: function handler(_ref15) {
      var parser = _ref15.parser,
        funcName = _ref15.funcName;
      parser.consumeSpaces();
      var token = parser.fetch();
      if (globalMap[token.text]) {
        // Temml doesn't have \par, so ignore \long
        if (funcName === "\\global" || funcName === "\\\\globallong") {
          token.text = globalMap[token.text];
        }
        return assertNodeType(parser.parseFunction(), "internal");
      }
      throw new ParseError("Invalid token after macro prefix", token);
    }
  });

  // Basic support for macro definitions: \def, \gdef, \edef, \xdef
  // <definition> -> <def><control sequence><definition text>
  // <def> -> \def|\gdef|\edef|\xdef
  // <definition text> -> <parameter text><left brace><balanced text><right brace>
  defineFunction({
    type: "internal",
    names: ["\\def", "\\gdef", "\\edef", "\\xdef"],
    props: {
      numArgs: 0,
      allowedInText: true,
      primitive: true
    },
    handler: function handler(_ref16) {
      var parser = _ref16.parser,
        funcName = _ref16.funcName;
      var tok = parser.gullet.popToken();
      var name = tok.text;
      if (/^(?:[\\{}$&#^_]|EOF)$/.test(name)) {
        throw new ParseError("Expected a control sequence", tok);
      }
      var numArgs = 0;
      var insert;
      var delimiters = [[]];
      // <parameter text> contains no braces
      while (parser.gullet.future().text !== "{") {
        tok = parser.gullet.popToken();
        if (tok.text === "#") {
          // If the very last character of the <parameter text> is #, so that
          // this # is immediately followed by {, TeX will behave as if the {
          // had been inserted at the right end of both the parameter text
          // and the replacement text.
          if (parser.gullet.future().text === "{") {
            insert = parser.gullet.future();
            delimiters[numArgs].push("{");
            break;
          }

          // A parameter, the first appearance of # must be followed by 1,
          // the next by 2, and so on; up to nine #’s are allowed
          tok = parser.gullet.popToken();
          if (!/^[1-9]$/.test(tok.text)) {
            throw new ParseError("Invalid argument number \"" + tok.text + "\"");
          }
          if (parseInt(tok.text) !== numArgs + 1) {
            throw new ParseError("Argument number \"" + tok.text + "\" out of order");
          }
          numArgs++;
          delimiters.push([]);
        } else if (tok.text === "EOF") {
          throw new ParseError("Expected a macro definition");
        } else {
          delimiters[numArgs].push(tok.text);
        }
      }
      // replacement text, enclosed in '{' and '}' and properly nested
      var _parser$gullet$consum = parser.gullet.consumeArg(),
        tokens = _parser$gullet$consum.tokens;
      if (insert) {
        tokens.unshift(insert);
      }
      if (funcName === "\\edef" || funcName === "\\xdef") {
        tokens = parser.gullet.expandTokens(tokens);
        if (tokens.length > parser.gullet.settings.maxExpand) {
          throw new ParseError("Too many expansions in an " + funcName);
        }
        tokens.reverse(); // to fit in with stack order
      }
      // Final arg is the expansion of the macro
      parser.gullet.macros.set(name, {
        tokens: tokens,
        numArgs: numArgs,
        delimiters: delimiters
      }, funcName === globalMap[funcName]);
      return {
        type: "internal",
        mode: parser.mode
      };
    }
  });

  // <simple assignment> -> <let assignment>
  // <let assignment> -> \futurelet<control sequence><token><token>
  //     | \let<control sequence><equals><one optional space><token>
  // <equals> -> <optional spaces>|<optional spaces>=
  defineFunction({
    type: "internal",
    names: ["\\let", "\\\\globallet" // can’t be entered directly
    ],
    props: {
      numArgs: 0,
      allowedInText: true,
      primitive: true
    },
    handler: function handler(_ref17) {
      var parser = _ref17.parser,
        funcName = _ref17.funcName;
      var name = checkControlSequence(parser.gullet.popToken());
      parser.gullet.consumeSpaces();
      var tok = getRHS(parser);
      letCommand(parser, name, tok, funcName === "\\\\globallet");
      return {
        type: "internal",
        mode: parser.mode
      };
    }
  });

  // ref: https://www.tug.org/TUGboat/tb09-3/tb22bechtolsheim.pdf
  defineFunction({
    type: "internal",
    names: ["\\futurelet", "\\\\globalfuture" // can’t be entered directly
    ],
    props: {
      numArgs: 0,
      allowedInText: true,
      primitive: true
    },
    handler: function handler(_ref18) {
      var parser = _ref18.parser,
        funcName = _ref18.funcName;
      var name = checkControlSequence(parser.gullet.popToken());
      var middle = parser.gullet.popToken();
      var tok = parser.gullet.popToken();
      letCommand(parser, name, tok, funcName === "\\\\globalfuture");
      parser.gullet.pushToken(tok);
      parser.gullet.pushToken(middle);
      return {
        type: "internal",
        mode: parser.mode
      };
    }
  });
  defineFunction({
    type: "internal",
    names: ["\\newcommand", "\\renewcommand", "\\providecommand"],
    props: {
      numArgs: 0,
      allowedInText: true,
      primitive: true
    },
    handler: function handler(_ref19) {
      var parser = _ref19.parser,
        funcName = _ref19.funcName;
      var name = "";
      var tok = parser.gullet.popToken();
      if (tok.text === "{") {
        name = checkControlSequence(parser.gullet.popToken());
        parser.gullet.popToken();
      } else {
        name = checkControlSequence(tok);
      }
      var exists = parser.gullet.isDefined(name);
      if (exists && funcName === "\\newcommand") {
        throw new ParseError("\\newcommand{" + name + "} attempting to redefine " + name + "; use \\renewcommand");
      }
      if (!exists && funcName === "\\renewcommand") {
        throw new ParseError("\\renewcommand{" + name + "} when command " + name + " does not yet exist; use \\newcommand");
      }
      var numArgs = 0;
      if (parser.gullet.future().text === "[") {
        var _tok = parser.gullet.popToken();
        _tok = parser.gullet.popToken();
        if (!/^[0-9]$/.test(_tok.text)) {
          throw new ParseError("Invalid number of arguments: \"" + _tok.text + "\"");
        }
        numArgs = parseInt(_tok.text);
        _tok = parser.gullet.popToken();
        if (_tok.text !== "]") {
          throw new ParseError("Invalid argument \"" + _tok.text + "\"");
        }
      }

      // replacement text, enclosed in '{' and '}' and properly nested
      var _parser$gullet$consum2 = parser.gullet.consumeArg(),
        tokens = _parser$gullet$consum2.tokens;
      if (!(funcName === "\\providecommand" && parser.gullet.macros.has(name))) {
        // Ignore \providecommand
        parser.gullet.macros.set(name, {
          tokens: tokens,
          numArgs: numArgs
        });
      }
      return {
        type: "internal",
        mode: parser.mode
      };
    }
  });

  // Extra data needed for the delimiter handler down below
  var delimiterSizes = {
    "\\bigl": {
      mclass: "mopen",
      size: 1
    },
    "\\Bigl": {
      mclass: "mopen",
      size: 2
    },
    "\\biggl": {
      mclass: "mopen",
      size: 3
    },
    "\\Biggl": {
      mclass: "mopen",
      size: 4
    },
    "\\bigr": {
      mclass: "mclose",
      size: 1
    },
    "\\Bigr": {
      mclass: "mclose",
      size: 2
    },
    "\\biggr": {
      mclass: "mclose",
      size: 3
    },
    "\\Biggr": {
      mclass: "mclose",
      size: 4
    },
    "\\bigm": {
      mclass: "mrel",
      size: 1
    },
    "\\Bigm": {
      mclass: "mrel",
      size: 2
    },
    "\\biggm": {
      mclass: "mrel",
      size: 3
    },
    "\\Biggm": {
      mclass: "mrel",
      size: 4
    },
    "\\big": {
      mclass: "mord",
      size: 1
    },
    "\\Big": {
      mclass: "mord",
      size: 2
    },
    "\\bigg": {
      mclass: "mord",
      size: 3
    },
    "\\Bigg": {
      mclass: "mord",
      size: 4
    }
  };
  var leftToRight = {
    "(": ")",
    "\\lparen": "\\rparen",
    "[": "]",
    "\\lbrack": "\\rbrack",
    "\\{": "\\}",
    "\\lbrace": "\\rbrace",
    "⦇": "⦈",
    "\\llparenthesis": "\\rrparenthesis",
    "\\lfloor": "\\rfloor",
    "\u230A": "\u230B",
    "\\lceil": "\\rceil",
    "\u2308": "\u2309",
    "\\langle": "\\rangle",
    "\u27E8": "\u27E9",
    "\\lAngle": "\\rAngle",
    "\u27EA": "\u27EB",
    "\\llangle": "\\rrangle",
    "⦉": "⦊",
    "\\lvert": "\\rvert",
    "\\lVert": "\\rVert",
    "\\lgroup": "\\rgroup",
    "\u27EE": "\u27EF",
    "\\lmoustache": "\\rmoustache",
    "\u23B0": "\u23B1",
    "\\llbracket": "\\rrbracket",
    "\u27E6": "\u27E7",
    "\\lBrace": "\\rBrace",
    "\u2983": "\u2984"
  };
  var leftDelimiterNames = new Set(Object.keys(leftToRight));
  new Set(Object.values(leftToRight));
  var delimiters = new Set(["(", "\\lparen", ")", "\\rparen", "[", "\\lbrack", "]", "\\rbrack", "\\{", "\\lbrace", "\\}", "\\rbrace", "⦇", "\\llparenthesis", "⦈", "\\rrparenthesis", "\\lfloor", "\\rfloor", "\u230A", "\u230B", "\\lceil", "\\rceil", "\u2308", "\u2309", "<", ">", "\\langle", "\u27E8", "\\rangle", "\u27E9", "\\lAngle", "\u27EA", "\\rAngle", "\u27EB", "\\llangle", "⦉", "\\rrangle", "⦊", "\\lt", "\\gt", "\\lvert", "\\rvert", "\\lVert", "\\rVert", "\\lgroup", "\\rgroup", "\u27EE", "\u27EF", "\\lmoustache", "\\rmoustache", "\u23B0", "\u23B1", "\\llbracket", "\\rrbracket", "\u27E6", "\u27E7", "\\lBrace", "\\rBrace", "\u2983", "\u2984", "/", "\\backslash", "|", "\\vert", "\\|", "\\Vert", "\u2016", "\\uparrow", "\\Uparrow", "\\downarrow", "\\Downarrow", "\\updownarrow", "\\Updownarrow", "."]);

  // Export isDelimiter for benefit of parser.
  var dels = new Set(["}", "\\left", "\\middle", "\\right"]);
  var isDelimiter = function isDelimiter(str) {
    return str.length > 0 && (delimiters.has(str) || delimiterSizes[str] || dels.has(str));
  };

  // Metrics of the different sizes. Found by looking at TeX's output of
  // $\bigl| // \Bigl| \biggl| \Biggl| \showlists$
  // Used to create stacked delimiters of appropriate sizes in makeSizedDelim.
  var sizeToMaxHeight = [0, 1.2, 1.8, 2.4, 3.0];

  // Delimiter functions
  function checkDelimiter(delim, context) {
    if (delim.type === "ordgroup" && delim.body.length === 1) {
      delim = delim.body[0]; // Unwrap the braces
    }
    var symDelim = checkSymbolNodeType(delim);
    if (symDelim && delimiters.has(symDelim.text)) {
      // If a character is not in the MathML operator dictionary, it will not stretch.
      // Replace such characters w/characters that will stretch.
      if (symDelim.text === "<" || symDelim.text === "\\lt") {
        symDelim.text = "⟨";
      }
      if (symDelim.text === ">" || symDelim.text === "\\gt") {
        symDelim.text = "⟩";
      }
      return symDelim;
    } else if (symDelim) {
      throw new ParseError("Invalid delimiter '" + symDelim.text + "' after '" + context.funcName + "'", delim);
    } else {
      throw new ParseError("Invalid delimiter type '" + delim.type + "'", delim);
    }
  }

  //                               /         \
  var needExplicitStretch = new Set(["/", "\\", "\\backslash", "\u2216", "\\vert", "|"]);
  var makeFenceMo = function makeFenceMo(delim, mode, form, isStretchy) {
    var text = delim === "." ? "" : delim;
    var node = new MathNode("mo", [makeText(text, mode)]);
    node.setAttribute("fence", "true");
    node.setAttribute("form", form);
    node.setAttribute("stretchy", isStretchy ? "true" : "false");
    return node;
  };
  defineFunction({
    type: "delimsizing",
    names: ["\\bigl", "\\Bigl", "\\biggl", "\\Biggl", "\\bigr", "\\Bigr", "\\biggr", "\\Biggr", "\\bigm", "\\Bigm", "\\biggm", "\\Biggm", "\\big", "\\Big", "\\bigg", "\\Bigg"],
    props: {
      numArgs: 1,
      argTypes: ["primitive"]
    },
    handler: function handler(context, args) {
      var delim = checkDelimiter(args[0], context);
      var delimNode = {
        type: "delimsizing",
        mode: context.parser.mode,
        size: delimiterSizes[context.funcName].size,
        mclass: delimiterSizes[context.funcName].mclass,
        delim: delim.text
      };
      var nextToken = context.parser.fetch().text;
      if (nextToken !== "^" && nextToken !== "_") {
        return delimNode;
      } else {
        // Chromium mis-renders a sized delim if it is the base of a supsub.
        // So wrap it in a ordgroup.
        return {
          type: "ordgroup",
          mode: "math",
          body: [delimNode, {
            type: "ordgroup",
            mode: "math",
            body: []
          }]
        };
      }
    },
    mathmlBuilder: function mathmlBuilder(group) {
      var children = [];
      var delim = group.delim === "." ? "" : group.delim;
      children.push(makeText(delim, group.mode));
      var node = new MathNode("mo", children);
      if (group.mclass === "mopen" || group.mclass === "mclose") {
        // Only some of the delimsizing functions act as fences, and they
        // return "mopen" or "mclose" mclass.
        node.setAttribute("fence", "true");
      } else {
        // Explicitly disable fencing if it's not a fence, to override the
        // defaults.
        node.setAttribute("fence", "false");
      }
      if (needExplicitStretch.has(delim) || delim.indexOf("arrow") > -1) {
        // We have to explicitly set stretchy to true.
        node.setAttribute("stretchy", "true");
      }
      node.setAttribute("symmetric", "true"); // Needed for tall arrows in Firefox.
      node.setAttribute("minsize", sizeToMaxHeight[group.size] + "em");
      node.setAttribute("maxsize", sizeToMaxHeight[group.size] + "em");
      return node;
    }
  });
  function assertParsed(group) {
    if (!group.body) {
      throw new Error("Bug: The delim ParseNode wasn't fully parsed.");
    }
  }
  defineFunction({
    type: "leftright-right",
    names: ["\\right"],
    props: {
      numArgs: 1,
      argTypes: ["primitive"]
    },
    handler: function handler(context, args) {
      return {
        type: "leftright-right",
        mode: context.parser.mode,
        delim: checkDelimiter(args[0], context).text
      };
    }
  });
  defineFunction({
    type: "leftright",
    names: ["\\left"],
    props: {
      numArgs: 1,
      argTypes: ["primitive"]
    },
    handler: function handler(context, args) {
      var delim = checkDelimiter(args[0], context);
      var parser = context.parser;
      ++parser.leftrightDepth;
      var body = parser.parseExpression(false, "\\right", true);
      var nextToken = parser.fetch();
      while (nextToken.text === "\\middle") {
        parser.consume();
        var middle = parser.fetch().text;
        if (!symbols.math[middle]) {
          throw new ParseError("Invalid delimiter '" + middle + "' after '\\middle'");
        }
        checkDelimiter({
          type: "atom",
          mode: "math",
          text: middle
        }, {
          funcName: "\\middle"
        });
        body.push({
          type: "middle",
          mode: "math",
          delim: middle
        });
        parser.consume();
        body = body.concat(parser.parseExpression(false, "\\right", true));
        nextToken = parser.fetch();
      }
      --parser.leftrightDepth;
      parser.expect("\\right", false);
      var right = assertNodeType(parser.parseFunction(), "leftright-right");
      return {
        type: "leftright",
        mode: parser.mode,
        body: body,
        left: delim.text,
        right: right.delim,
        isStretchy: true
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      assertParsed(group);
      var inner = buildExpression(group.body, style);
      var leftNode = makeFenceMo(group.left, group.mode, "prefix", true);
      inner.unshift(leftNode);
      var rightNode = makeFenceMo(group.right, group.mode, "postfix", true);
      if (group.body.length > 0) {
        var lastElement = group.body[group.body.length - 1];
        if (lastElement.type === "color" && !lastElement.isTextColor) {
          rightNode.setAttribute("mathcolor", lastElement.color);
        }
      }
      inner.push(rightNode);
      return makeRow(inner);
    }
  });
  defineFunction({
    type: "delimiter",
    names: Array.from(leftDelimiterNames),
    props: {
      numArgs: 0,
      allowedInText: true,
      allowedInMath: true,
      allowedInArgument: true
    },
    handler: function handler(_ref20) {
      var parser = _ref20.parser,
        funcName = _ref20.funcName,
        token = _ref20.token;
      if (parser.mode === "text") {
        return {
          type: "textord",
          mode: "text",
          text: funcName,
          loc: token.loc
        };
      } else if (!parser.settings.wrapDelimiterPairs) {
        // Treat this token as an ordinary symbol.
        return {
          type: "atom",
          mode: "math",
          family: "open",
          loc: token.loc,
          text: funcName
        };
      }
      // Otherwise, try to wrap a pair of delimiters with an <mrow>.
      var rightDelim = leftToRight[funcName];
      // Parse the inner expression, looking for the corresponding right delimiter.
      var body = parser.parseExpression(false, rightDelim, false);
      var nextToken = parser.fetch().text;
      if (nextToken !== rightDelim) {
        // We were unable to find a matching right delimiter.
        // Throw control back to renderToMathMLTree.
        // It will reparse the entire expression with wrapDelimiterPairs set to false.
        throw new ParseError("Unmatched delimiter");
      }
      parser.consume();
      return {
        type: "delimiter",
        mode: parser.mode,
        body: body,
        left: funcName,
        right: rightDelim
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      assertParsed(group);
      var inner = buildExpression(group.body, style);
      var leftNode = makeFenceMo(group.left, group.mode, "prefix", false);
      inner.unshift(leftNode);
      var rightNode = makeFenceMo(group.right, group.mode, "postfix", false);
      if (group.body.length > 0) {
        var lastElement = group.body[group.body.length - 1];
        if (lastElement.type === "color" && !lastElement.isTextColor) {
          rightNode.setAttribute("mathcolor", lastElement.color);
        }
      }
      inner.push(rightNode);
      return makeRow(inner);
    }
  });
  defineFunction({
    type: "middle",
    names: ["\\middle"],
    props: {
      numArgs: 1,
      argTypes: ["primitive"]
    },
    handler: function handler(context, args) {
      var delim = checkDelimiter(args[0], context);
      if (!context.parser.leftrightDepth) {
        throw new ParseError("\\middle without preceding \\left", delim);
      }
      return {
        type: "middle",
        mode: context.parser.mode,
        delim: delim.text
      };
    },
    mathmlBuilder: function mathmlBuilder(group) {
      var textNode = makeText(group.delim, group.mode);
      var middleNode = new MathNode("mo", [textNode]);
      middleNode.setAttribute("stretchy", "true");
      middleNode.setAttribute("form", "infix");
      if (textNode.text !== "/") {
        // MathML gives 5/18em spacing to each <mo> element.
        // \middle should get delimiter spacing instead.
        middleNode.setAttribute("lspace", "0.05em");
        middleNode.setAttribute("rspace", "0.05em");
      }
      return middleNode;
    }
  });
  var boxTags = ["\\boxed", "\\fcolorbox", "\\colorbox"];
  var mathmlBuilder$7 = function mathmlBuilder$7(group, style) {
    var tag = boxTags.includes(group.label) ? "mrow" : "menclose";
    var node = new MathNode(tag, [buildGroup$1(group.body, style)]);
    switch (group.label) {
      case "\\overline":
        node.setAttribute("notation", "top"); // for Firefox & WebKit
        node.classes.push("tml-overline"); // for Chromium
        break;
      case "\\underline":
        node.setAttribute("notation", "bottom");
        node.classes.push("tml-underline");
        break;
      case "\\cancel":
        node.setAttribute("notation", "updiagonalstrike");
        node.children.push(new MathNode("mrow", [], ["tml-cancel", "upstrike"]));
        break;
      case "\\bcancel":
        node.setAttribute("notation", "downdiagonalstrike");
        node.children.push(new MathNode("mrow", [], ["tml-cancel", "downstrike"]));
        break;
      case "\\sout":
        node.setAttribute("notation", "horizontalstrike");
        node.children.push(new MathNode("mrow", [], ["tml-cancel", "sout"]));
        break;
      case "\\xcancel":
        node.setAttribute("notation", "updiagonalstrike downdiagonalstrike");
        node.children.push(new MathNode("mrow", [], ["tml-cancel", "tml-xcancel"]));
        break;
      // cancelto is handled in cancelto.js
      case "\\longdiv":
        node.setAttribute("notation", "longdiv");
        node.classes.push("longdiv-top");
        node.children.push(new MathNode("mrow", [], ["longdiv-arc"]));
        break;
      case "\\phase":
        node.setAttribute("notation", "phasorangle");
        node.classes.push("phasor-bottom");
        node.children.push(new MathNode("mrow", [], ["phasor-angle"]));
        break;
      case "\\textcircled":
        node.setAttribute("notation", "circle");
        node.classes.push("circle-pad");
        node.children.push(new MathNode("mrow", [], ["textcircle"]));
        break;
      case "\\angl":
        node.setAttribute("notation", "actuarial");
        node.classes.push("actuarial");
        break;
      case "\\boxed":
        // \newcommand{\boxed}[1]{\fbox{\m@th$\displaystyle#1$}} from amsmath.sty
        node.style.padding = "3pt";
        node.style.border = "1px solid";
        node.setAttribute("scriptlevel", "0");
        node.setAttribute("displaystyle", "true");
        break;
      case "\\fbox":
        node.setAttribute("notation", "box");
        node.classes.push("tml-fbox");
        break;
      case "\\fcolorbox":
      case "\\colorbox":
        {
          // Don't use <menclose>. WebKit would show a radical.
          node.style.padding = "0.3em"; // 3 pt from LaTeX source2e for a 10pt font
          if (group.label === "\\fcolorbox") {
            node.style.border = "0.0667em solid " + String(group.borderColor);
          }
          break;
        }
    }
    if (group.backgroundColor) {
      node.setAttribute("mathbackground", group.backgroundColor);
    }
    return node;
  };
  defineFunction({
    type: "enclose",
    names: ["\\colorbox"],
    props: {
      numArgs: 2,
      numOptionalArgs: 1,
      allowedInText: true,
      argTypes: ["raw", "raw", "text"]
    },
    handler: function handler(_ref21, args, optArgs) {
      var parser = _ref21.parser,
        funcName = _ref21.funcName;
      var model = optArgs[0] && assertNodeType(optArgs[0], "raw").string;
      var color = "";
      if (model) {
        var spec = assertNodeType(args[0], "raw").string;
        color = colorFromSpec(model, spec);
      } else {
        color = validateColor(assertNodeType(args[0], "raw").string, parser.gullet.macros);
      }
      var body = args[1];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        backgroundColor: color,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });
  defineFunction({
    type: "enclose",
    names: ["\\fcolorbox"],
    props: {
      numArgs: 3,
      numOptionalArgs: 1,
      allowedInText: true,
      argTypes: ["raw", "raw", "raw", "text"]
    },
    handler: function handler(_ref22, args, optArgs) {
      var parser = _ref22.parser,
        funcName = _ref22.funcName;
      var model = optArgs[0] && assertNodeType(optArgs[0], "raw").string;
      var borderColor = "";
      var backgroundColor;
      if (model) {
        var borderSpec = assertNodeType(args[0], "raw").string;
        var backgroundSpec = assertNodeType(args[0], "raw").string;
        borderColor = colorFromSpec(model, borderSpec);
        backgroundColor = colorFromSpec(model, backgroundSpec);
      } else {
        borderColor = validateColor(assertNodeType(args[0], "raw").string, parser.gullet.macros);
        backgroundColor = validateColor(assertNodeType(args[1], "raw").string, parser.gullet.macros);
      }
      var body = args[2];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        backgroundColor: backgroundColor,
        borderColor: borderColor,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });
  defineFunction({
    type: "enclose",
    names: ["\\fbox"],
    props: {
      numArgs: 1,
      argTypes: ["hbox"],
      allowedInText: true
    },
    handler: function handler(_ref23, args) {
      var parser = _ref23.parser;
      return {
        type: "enclose",
        mode: parser.mode,
        label: "\\fbox",
        body: args[0]
      };
    }
  });
  defineFunction({
    type: "enclose",
    names: ["\\angl", "\\cancel", "\\bcancel", "\\xcancel", "\\overline", "\\boxed", "\\longdiv", "\\phase"],
    props: {
      numArgs: 1
    },
    handler: function handler(_ref24, args) {
      var parser = _ref24.parser,
        funcName = _ref24.funcName;
      var body = args[0];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });
  defineFunction({
    type: "enclose",
    names: ["\\sout"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref25, args) {
      var parser = _ref25.parser,
        funcName = _ref25.funcName;
      var body = args[0];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });
  defineFunction({
    type: "enclose",
    names: ["\\underline"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref26, args) {
      var parser = _ref26.parser,
        funcName = _ref26.funcName;
      var body = args[0];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });
  defineFunction({
    type: "enclose",
    names: ["\\textcircled"],
    props: {
      numArgs: 1,
      argTypes: ["text"],
      allowedInArgument: true,
      allowedInText: true
    },
    handler: function handler(_ref27, args) {
      var parser = _ref27.parser,
        funcName = _ref27.funcName;
      var body = args[0];
      return {
        type: "enclose",
        mode: parser.mode,
        label: funcName,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$7
  });

  // Environment delimiters. HTML/MathML rendering is defined in the corresponding
  // defineEnvironment definitions.
  defineFunction({
    type: "environment",
    names: ["\\begin", "\\end"],
    props: {
      numArgs: 1,
      argTypes: ["text"]
    },
    handler: function handler(_ref28, args) {
      var parser = _ref28.parser,
        funcName = _ref28.funcName;
      var nameGroup = args[0];
      if (nameGroup.type !== "ordgroup") {
        throw new ParseError("Invalid environment name", nameGroup);
      }
      var envName = "";
      for (var _i27 = 0; _i27 < nameGroup.body.length; ++_i27) {
        envName += assertNodeType(nameGroup.body[_i27], "textord").text;
      }
      if (funcName === "\\begin") {
        // begin...end is similar to left...right
        if (!Object.prototype.hasOwnProperty.call(environments, envName)) {
          throw new ParseError("No such environment: " + envName, nameGroup);
        }
        // Build the environment object. Arguments and other information will
        // be made available to the begin and end methods using properties.
        var env = environments[envName];
        var _parser$parseArgument = parser.parseArguments("\\begin{" + envName + "}", env),
          _args = _parser$parseArgument.args,
          optArgs = _parser$parseArgument.optArgs;
        var context = {
          mode: parser.mode,
          envName: envName,
          parser: parser
        };
        var result = env.handler(context, _args, optArgs);
        parser.expect("\\end", false);
        var endNameToken = parser.nextToken;
        var end = assertNodeType(parser.parseFunction(), "environment");
        if (end.name !== envName) {
          throw new ParseError("Mismatch: \\begin{" + envName + "} matched by \\end{" + end.name + "}", endNameToken);
        }
        return result;
      }
      return {
        type: "environment",
        mode: parser.mode,
        name: envName,
        nameGroup: nameGroup
      };
    }
  });
  defineFunction({
    type: "envTag",
    names: ["\\env@tag"],
    props: {
      numArgs: 1,
      argTypes: ["math"]
    },
    handler: function handler(_ref29, args) {
      var parser = _ref29.parser;
      return {
        type: "envTag",
        mode: parser.mode,
        body: args[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      return new MathNode("mrow");
    }
  });
  defineFunction({
    type: "noTag",
    names: ["\\env@notag"],
    props: {
      numArgs: 0
    },
    handler: function handler(_ref30) {
      var parser = _ref30.parser;
      return {
        type: "noTag",
        mode: parser.mode
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      return new MathNode("mrow");
    }
  });

  // Chromium does not support the MathML `mathvariant` attribute.
  // Instead, we replace ASCII characters with Unicode characters that
  // are defined in the font as bold, italic, double-struck, etc.
  // This module identifies those Unicode code points.

  // First, a few helpers.
  var _script = Object.freeze({
    B: 0x20EA,
    // Offset from ASCII B to Unicode script B
    E: 0x20EB,
    F: 0x20EB,
    H: 0x20C3,
    I: 0x20C7,
    L: 0x20C6,
    M: 0x20E6,
    R: 0x20C9,
    e: 0x20CA,
    g: 0x20A3,
    o: 0x20C5
  });
  var frak = Object.freeze({
    C: 0x20EA,
    H: 0x20C4,
    I: 0x20C8,
    R: 0x20CA,
    Z: 0x20CE
  });
  var bbb = Object.freeze({
    C: 0x20BF,
    // blackboard bold
    H: 0x20C5,
    N: 0x20C7,
    P: 0x20C9,
    Q: 0x20C9,
    R: 0x20CB,
    Z: 0x20CA
  });
  var _bold = Object.freeze({
    "\u03F5": 0x1D2E7,
    // lunate epsilon
    "\u03D1": 0x1D30C,
    // vartheta
    "\u03F0": 0x1D2EE,
    // varkappa
    "\u03C6": 0x1D319,
    // varphi
    "\u03F1": 0x1D2EF,
    // varrho
    "\u03D6": 0x1D30B // varpi
  });
  var _boldItalic = Object.freeze({
    "\u03F5": 0x1D35B,
    // lunate epsilon
    "\u03D1": 0x1D380,
    // vartheta
    "\u03F0": 0x1D362,
    // varkappa
    "\u03C6": 0x1D38D,
    // varphi
    "\u03F1": 0x1D363,
    // varrho
    "\u03D6": 0x1D37F // varpi
  });
  var boldsf = Object.freeze({
    "\u03F5": 0x1D395,
    // lunate epsilon
    "\u03D1": 0x1D3BA,
    // vartheta
    "\u03F0": 0x1D39C,
    // varkappa
    "\u03C6": 0x1D3C7,
    // varphi
    "\u03F1": 0x1D39D,
    // varrho
    "\u03D6": 0x1D3B9 // varpi
  });
  var bisf = Object.freeze({
    "\u03F5": 0x1D3CF,
    // lunate epsilon
    "\u03D1": 0x1D3F4,
    // vartheta
    "\u03F0": 0x1D3D6,
    // varkappa
    "\u03C6": 0x1D401,
    // varphi
    "\u03F1": 0x1D3D7,
    // varrho
    "\u03D6": 0x1D3F3 // varpi
  });

  // Code point offsets below are derived from https://www.unicode.org/charts/PDF/U1D400.pdf
  var offset = Object.freeze({
    upperCaseLatin: {
      // A-Z
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return 0x1D3BF;
      },
      "italic": function italic(ch) {
        return 0x1D3F3;
      },
      "bold-italic": function boldItalic(ch) {
        return 0x1D427;
      },
      "script": function script(ch) {
        return _script[ch] || 0x1D45B;
      },
      "script-bold": function scriptBold(ch) {
        return 0x1D48F;
      },
      "fraktur": function fraktur(ch) {
        return frak[ch] || 0x1D4C3;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0x1D52B;
      },
      "double-struck": function doubleStruck(ch) {
        return bbb[ch] || 0x1D4F7;
      },
      "sans-serif": function sansSerif(ch) {
        return 0x1D55F;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return 0x1D593;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0x1D5C7;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return 0x1D63C;
      },
      "monospace": function monospace(ch) {
        return 0x1D62F;
      }
    },
    lowerCaseLatin: {
      // a-z
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return 0x1D3B9;
      },
      "italic": function italic(ch) {
        return ch === "h" ? 0x20A6 : 0x1D3ED;
      },
      "bold-italic": function boldItalic(ch) {
        return 0x1D421;
      },
      "script": function script(ch) {
        return _script[ch] || 0x1D455;
      },
      "script-bold": function scriptBold(ch) {
        return 0x1D489;
      },
      "fraktur": function fraktur(ch) {
        return 0x1D4BD;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0x1D525;
      },
      "double-struck": function doubleStruck(ch) {
        return 0x1D4F1;
      },
      "sans-serif": function sansSerif(ch) {
        return 0x1D559;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return 0x1D58D;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0x1D5C1;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return 0x1D5F5;
      },
      "monospace": function monospace(ch) {
        return 0x1D629;
      }
    },
    upperCaseGreek: {
      // A-Ω
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return 0x1D317;
      },
      "italic": function italic(ch) {
        return 0x1D351;
      },
      // \boldsymbol actually returns upright bold for upperCaseGreek
      "bold-italic": function boldItalic(ch) {
        return 0x1D317;
      },
      "script": function script(ch) {
        return 0;
      },
      "script-bold": function scriptBold(ch) {
        return 0;
      },
      "fraktur": function fraktur(ch) {
        return 0;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0;
      },
      "double-struck": function doubleStruck(ch) {
        return 0;
      },
      // Unicode has no code points for regular-weight san-serif Greek. Use bold.
      "sans-serif": function sansSerif(ch) {
        return 0x1D3C5;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return 0x1D3C5;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return 0x1D3FF;
      },
      "monospace": function monospace(ch) {
        return 0;
      }
    },
    lowerCaseGreek: {
      // α-ω
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return 0x1D311;
      },
      "italic": function italic(ch) {
        return 0x1D34B;
      },
      "bold-italic": function boldItalic(ch) {
        return ch === "\u03D5" ? 0x1D37E : 0x1D385;
      },
      "script": function script(ch) {
        return 0;
      },
      "script-bold": function scriptBold(ch) {
        return 0;
      },
      "fraktur": function fraktur(ch) {
        return 0;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0;
      },
      "double-struck": function doubleStruck(ch) {
        return 0;
      },
      // Unicode has no code points for regular-weight san-serif Greek. Use bold.
      "sans-serif": function sansSerif(ch) {
        return 0x1D3BF;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return 0x1D3BF;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return 0x1D3F9;
      },
      "monospace": function monospace(ch) {
        return 0;
      }
    },
    varGreek: {
      // \varGamma, etc
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return _bold[ch] || -51;
      },
      "italic": function italic(ch) {
        return 0;
      },
      "bold-italic": function boldItalic(ch) {
        return _boldItalic[ch] || 0x3A;
      },
      "script": function script(ch) {
        return 0;
      },
      "script-bold": function scriptBold(ch) {
        return 0;
      },
      "fraktur": function fraktur(ch) {
        return 0;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0;
      },
      "double-struck": function doubleStruck(ch) {
        return 0;
      },
      "sans-serif": function sansSerif(ch) {
        return boldsf[ch] || 0x74;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return boldsf[ch] || 0x74;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return bisf[ch] || 0xAE;
      },
      "monospace": function monospace(ch) {
        return 0;
      }
    },
    numeral: {
      // 0-9
      "normal": function normal(ch) {
        return 0;
      },
      "bold": function bold(ch) {
        return 0x1D79E;
      },
      "italic": function italic(ch) {
        return 0;
      },
      "bold-italic": function boldItalic(ch) {
        return 0;
      },
      "script": function script(ch) {
        return 0;
      },
      "script-bold": function scriptBold(ch) {
        return 0;
      },
      "fraktur": function fraktur(ch) {
        return 0;
      },
      "fraktur-bold": function frakturBold(ch) {
        return 0;
      },
      "double-struck": function doubleStruck(ch) {
        return 0x1D7A8;
      },
      "sans-serif": function sansSerif(ch) {
        return 0x1D7B2;
      },
      "sans-serif-bold": function sansSerifBold(ch) {
        return 0x1D7BC;
      },
      "sans-serif-italic": function sansSerifItalic(ch) {
        return 0;
      },
      "sans-serif-bold-italic": function sansSerifBoldItalic(ch) {
        return 0;
      },
      "monospace": function monospace(ch) {
        return 0x1D7C6;
      }
    }
  });
  var variantChar = function variantChar(ch, variant) {
    var codePoint = ch.codePointAt(0);
    var block = 0x40 < codePoint && codePoint < 0x5b ? "upperCaseLatin" : 0x60 < codePoint && codePoint < 0x7b ? "lowerCaseLatin" : 0x390 < codePoint && codePoint < 0x3AA ? "upperCaseGreek" : 0x3B0 < codePoint && codePoint < 0x3CA || ch === "\u03D5" ? "lowerCaseGreek" : 0x1D6E1 < codePoint && codePoint < 0x1D6FC || _bold[ch] ? "varGreek" : 0x2F < codePoint && codePoint < 0x3A ? "numeral" : "other";
    return block === "other" ? ch : String.fromCodePoint(codePoint + offset[block][variant](ch));
  };
  var smallCaps = Object.freeze({
    a: "ᴀ",
    b: "ʙ",
    c: "ᴄ",
    d: "ᴅ",
    e: "ᴇ",
    f: "ꜰ",
    g: "ɢ",
    h: "ʜ",
    i: "ɪ",
    j: "ᴊ",
    k: "ᴋ",
    l: "ʟ",
    m: "ᴍ",
    n: "ɴ",
    o: "ᴏ",
    p: "ᴘ",
    q: "ǫ",
    r: "ʀ",
    s: "s",
    t: "ᴛ",
    u: "ᴜ",
    v: "ᴠ",
    w: "ᴡ",
    x: "x",
    y: "ʏ",
    z: "ᴢ"
  });
  var varNameFonts = ["mathrm", "mathit"];
  var isLongVariableName = function isLongVariableName(group, font) {
    if (!varNameFonts.includes(font) || !group.body || group.body.type !== "ordgroup" || group.body.body.length === 1) {
      return false;
    }
    if (group.body.body[0].type !== "mathord") {
      return false;
    }
    for (var _i28 = 1; _i28 < group.body.body.length; _i28++) {
      var parseNodeType = group.body.body[_i28].type;
      if (!(parseNodeType === "mathord" || parseNodeType === "textord" && !isNaN(group.body.body[_i28].text))) {
        return false;
      }
    }
    return true;
  };
  var mathmlBuilder$6 = function mathmlBuilder$6(group, style) {
    var font = group.font;
    var newStyle = style.withFont(font);
    var mathGroup = buildGroup$1(group.body, newStyle);
    if (mathGroup.children.length === 0) {
      return mathGroup;
    } // empty group, e.g., \mathrm{}
    if (font === "boldsymbol" && ["mo", "mpadded", "mrow"].includes(mathGroup.type)) {
      mathGroup.style.fontWeight = "bold";
      return mathGroup;
    }
    // Check if it is possible to consolidate elements into a single <mi> element.
    if (isLongVariableName(group, font)) {
      // This is a \mathrm{…} or \mathit{…} group. It gets special treatment.
      var _mi = mathGroup.children[0].children[0].children ? mathGroup.children[0].children[0] : mathGroup.children[0];
      delete _mi.attributes.mathvariant;
      for (var _i29 = 1; _i29 < mathGroup.children.length; _i29++) {
        _mi.children[0].text += mathGroup.children[_i29].children[0].children ? mathGroup.children[_i29].children[0].children[0].text : mathGroup.children[_i29].children[0].text;
      }
      if (font === "mathit") {
        // Long <mi> elements are normally rendered in upright font.
        // To get italic, we need to convert each character to the corresponding italic character.
        _mi.children[0].text = _mi.children[0].text.split("").map(function (c) {
          return variantChar(c, "italic");
        }).join("");
        return _mi;
      }
      // Otherwise, font is "mathrm". Wrap in a <mpadded> to prevent a Firefox spacing bug.
      var mpadded = new MathNode("mpadded", [_mi]);
      mpadded.setAttribute("lspace", "0");
      return mpadded;
    }
    var canConsolidate = mathGroup.children[0].type === "mo";
    for (var _i30 = 1; _i30 < mathGroup.children.length; _i30++) {
      if (mathGroup.children[_i30].type === "mo" && font === "boldsymbol") {
        mathGroup.children[_i30].style.fontWeight = "bold";
      }
      if (mathGroup.children[_i30].type !== "mi") {
        canConsolidate = false;
      }
      var localVariant = mathGroup.children[_i30].attributes && mathGroup.children[_i30].attributes.mathvariant || "";
      if (localVariant !== "normal") {
        canConsolidate = false;
      }
    }
    if (!canConsolidate) {
      return mathGroup;
    }
    // Consolidate the <mi> elements.
    var mi = mathGroup.children[0];
    for (var _i31 = 1; _i31 < mathGroup.children.length; _i31++) {
      mi.children.push(mathGroup.children[_i31].children[0]);
    }
    if (mi.attributes.mathvariant && mi.attributes.mathvariant === "normal") {
      // Workaround for a Firefox bug that renders spurious space around
      // a <mi mathvariant="normal">
      // Ref: https://bugs.webkit.org/show_bug.cgi?id=129097
      // We insert a text node that contains a zero-width space and wrap in an mrow.
      // TODO: Get rid of this <mi> workaround when the Firefox bug is fixed.
      var bogus = new MathNode("mtext", new TextNode("\u200B"));
      return new MathNode("mrow", [bogus, mi]);
    }
    return mi;
  };
  var fontAliases = {
    "\\Bbb": "\\mathbb",
    "\\bold": "\\mathbf",
    "\\frak": "\\mathfrak",
    "\\bm": "\\boldsymbol"
  };
  defineFunction({
    type: "font",
    names: [
    // styles
    "\\mathrm", "\\mathit", "\\mathbf", "\\mathnormal", "\\up@greek", "\\boldsymbol",
    // families
    "\\mathbb", "\\mathcal", "\\mathfrak", "\\mathscr", "\\mathsf", "\\mathsfit", "\\mathtt",
    // aliases
    "\\Bbb", "\\bm", "\\bold", "\\frak"],
    props: {
      numArgs: 1,
      allowedInArgument: true
    },
    handler: function handler(_ref31, args) {
      var parser = _ref31.parser,
        funcName = _ref31.funcName;
      var body = normalizeArgument(args[0]);
      var func = funcName;
      if (func in fontAliases) {
        func = fontAliases[func];
      }
      return {
        type: "font",
        mode: parser.mode,
        font: func.slice(1),
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder$6
  });

  // Old font changing functions
  defineFunction({
    type: "font",
    names: ["\\rm", "\\sf", "\\tt", "\\bf", "\\it", "\\cal"],
    props: {
      numArgs: 0,
      allowedInText: true
    },
    handler: function handler(_ref32, args) {
      var parser = _ref32.parser,
        funcName = _ref32.funcName,
        breakOnTokenText = _ref32.breakOnTokenText;
      var mode = parser.mode;
      var body = parser.parseExpression(true, breakOnTokenText, true);
      var fontStyle = "math" + funcName.slice(1);
      return {
        type: "font",
        mode: mode,
        font: fontStyle,
        body: {
          type: "ordgroup",
          mode: parser.mode,
          body: body
        }
      };
    },
    mathmlBuilder: mathmlBuilder$6
  });
  var stylArray = ["display", "text", "script", "scriptscript"];
  var scriptLevel = {
    auto: -1,
    display: 0,
    text: 0,
    script: 1,
    scriptscript: 2
  };
  var adjustStyle = function adjustStyle(functionSize, originalStyle) {
    // Figure out what style this fraction should be in based on the
    // function used
    var style = originalStyle;
    if (functionSize === "display") {
      //\tfrac or \cfrac
      // Get display style as a default.
      // If incoming style is sub/sup, use style.text() to get correct size.
      var newSize = style.level >= StyleLevel.SCRIPT ? StyleLevel.TEXT : StyleLevel.DISPLAY;
      style = style.withLevel(newSize);
    } else if (functionSize === "text" && style.level === StyleLevel.DISPLAY) {
      // We're in a \tfrac but incoming style is displaystyle, so:
      style = style.withLevel(StyleLevel.TEXT);
    } else if (functionSize === "auto") {
      style = style.incrementLevel();
    } else if (functionSize === "script") {
      style = style.withLevel(StyleLevel.SCRIPT);
    } else if (functionSize === "scriptscript") {
      style = style.withLevel(StyleLevel.SCRIPTSCRIPT);
    }
    return style;
  };
  var mathmlBuilder$5 = function mathmlBuilder$5(group, style) {
    style = adjustStyle(group.scriptLevel, style);

    // Chromium (wrongly) continues to shrink fractions beyond scriptscriptlevel.
    // So we check for levels that Chromium shrinks too small.
    // If necessary, set an explicit fraction depth.
    var numer = buildGroup$1(group.numer, style);
    var denom = buildGroup$1(group.denom, style);
    if (style.level === 3) {
      numer.style.mathDepth = "2";
      numer.setAttribute("scriptlevel", "2");
      denom.style.mathDepth = "2";
      denom.setAttribute("scriptlevel", "2");
    }
    var node = new MathNode("mfrac", [numer, denom]);
    if (!group.hasBarLine) {
      node.setAttribute("linethickness", "0px");
    } else if (group.barSize) {
      var ruleWidth = calculateSize(group.barSize, style);
      node.setAttribute("linethickness", ruleWidth.number + ruleWidth.unit);
    }
    if (group.leftDelim != null || group.rightDelim != null) {
      var withDelims = [];
      if (group.leftDelim != null) {
        var leftOp = new MathNode("mo", [new TextNode(group.leftDelim.replace("\\", ""))]);
        leftOp.setAttribute("fence", "true");
        withDelims.push(leftOp);
      }
      withDelims.push(node);
      if (group.rightDelim != null) {
        var rightOp = new MathNode("mo", [new TextNode(group.rightDelim.replace("\\", ""))]);
        rightOp.setAttribute("fence", "true");
        withDelims.push(rightOp);
      }
      node = makeRow(withDelims);
    }
    if (group.scriptLevel !== "auto") {
      node = new MathNode("mstyle", [node]);
      node.setAttribute("displaystyle", String(group.scriptLevel === "display"));
      node.setAttribute("scriptlevel", scriptLevel[group.scriptLevel]);
    }
    return node;
  };
  defineFunction({
    type: "genfrac",
    names: ["\\cfrac", "\\dfrac", "\\frac", "\\tfrac", "\\dbinom", "\\binom", "\\tbinom", "\\\\atopfrac",
    // can’t be entered directly
    "\\\\bracefrac", "\\\\brackfrac" // ditto
    ],
    props: {
      numArgs: 2,
      allowedInArgument: true
    },
    handler: function handler(_ref33, args) {
      var parser = _ref33.parser,
        funcName = _ref33.funcName;
      var numer = args[0];
      var denom = args[1];
      var hasBarLine = false;
      var leftDelim = null;
      var rightDelim = null;
      var scriptLevel = "auto";
      switch (funcName) {
        case "\\cfrac":
        case "\\dfrac":
        case "\\frac":
        case "\\tfrac":
          hasBarLine = true;
          break;
        case "\\\\atopfrac":
          hasBarLine = false;
          break;
        case "\\dbinom":
        case "\\binom":
        case "\\tbinom":
          leftDelim = "(";
          rightDelim = ")";
          break;
        case "\\\\bracefrac":
          leftDelim = "\\{";
          rightDelim = "\\}";
          break;
        case "\\\\brackfrac":
          leftDelim = "[";
          rightDelim = "]";
          break;
        default:
          throw new Error("Unrecognized genfrac command");
      }
      if (funcName === "\\cfrac" || funcName.startsWith("\\d")) {
        scriptLevel = "display";
      } else if (funcName.startsWith("\\t")) {
        scriptLevel = "text";
      }
      return {
        type: "genfrac",
        mode: parser.mode,
        continued: false,
        numer: numer,
        denom: denom,
        hasBarLine: hasBarLine,
        leftDelim: leftDelim,
        rightDelim: rightDelim,
        scriptLevel: scriptLevel,
        barSize: null
      };
    },
    mathmlBuilder: mathmlBuilder$5
  });

  // Infix generalized fractions -- these are not rendered directly, but replaced
  // immediately by one of the variants above.
  defineFunction({
    type: "infix",
    names: ["\\over", "\\choose", "\\atop", "\\brace", "\\brack"],
    props: {
      numArgs: 0,
      infix: true
    },
    handler: function handler(_ref34) {
      var parser = _ref34.parser,
        funcName = _ref34.funcName,
        token = _ref34.token;
      var replaceWith;
      switch (funcName) {
        case "\\over":
          replaceWith = "\\frac";
          break;
        case "\\choose":
          replaceWith = "\\binom";
          break;
        case "\\atop":
          replaceWith = "\\\\atopfrac";
          break;
        case "\\brace":
          replaceWith = "\\\\bracefrac";
          break;
        case "\\brack":
          replaceWith = "\\\\brackfrac";
          break;
        default:
          throw new Error("Unrecognized infix genfrac command");
      }
      return {
        type: "infix",
        mode: parser.mode,
        replaceWith: replaceWith,
        token: token
      };
    }
  });
  var delimFromValue = function delimFromValue(delimString) {
    var delim = null;
    if (delimString.length > 0) {
      delim = delimString;
      delim = delim === "." ? null : delim;
    }
    return delim;
  };
  defineFunction({
    type: "genfrac",
    names: ["\\genfrac"],
    props: {
      numArgs: 6,
      allowedInArgument: true,
      argTypes: ["math", "math", "size", "text", "math", "math"]
    },
    handler: function handler(_ref35, args) {
      var parser = _ref35.parser;
      var numer = args[4];
      var denom = args[5];

      // Look into the parse nodes to get the desired delimiters.
      var leftNode = normalizeArgument(args[0]);
      var leftDelim = leftNode.type === "atom" && leftNode.family === "open" ? delimFromValue(leftNode.text) : null;
      var rightNode = normalizeArgument(args[1]);
      var rightDelim = rightNode.type === "atom" && rightNode.family === "close" ? delimFromValue(rightNode.text) : null;
      var barNode = assertNodeType(args[2], "size");
      var hasBarLine;
      var barSize = null;
      if (barNode.isBlank) {
        // \genfrac acts differently than \above.
        // \genfrac treats an empty size group as a signal to use a
        // standard bar size. \above would see size = 0 and omit the bar.
        hasBarLine = true;
      } else {
        barSize = barNode.value;
        hasBarLine = barSize.number > 0;
      }

      // Find out if we want displaystyle, textstyle, etc.
      var scriptLevel = "auto";
      var styl = args[3];
      if (styl.type === "ordgroup") {
        if (styl.body.length > 0) {
          var textOrd = assertNodeType(styl.body[0], "textord");
          scriptLevel = stylArray[Number(textOrd.text)];
        }
      } else {
        styl = assertNodeType(styl, "textord");
        scriptLevel = stylArray[Number(styl.text)];
      }
      return {
        type: "genfrac",
        mode: parser.mode,
        numer: numer,
        denom: denom,
        continued: false,
        hasBarLine: hasBarLine,
        barSize: barSize,
        leftDelim: leftDelim,
        rightDelim: rightDelim,
        scriptLevel: scriptLevel
      };
    },
    mathmlBuilder: mathmlBuilder$5
  });

  // \above is an infix fraction that also defines a fraction bar size.
  defineFunction({
    type: "infix",
    names: ["\\above"],
    props: {
      numArgs: 1,
      argTypes: ["size"],
      infix: true
    },
    handler: function handler(_ref36, args) {
      var parser = _ref36.parser,
        funcName = _ref36.funcName,
        token = _ref36.token;
      return {
        type: "infix",
        mode: parser.mode,
        replaceWith: "\\\\abovefrac",
        barSize: assertNodeType(args[0], "size").value,
        token: token
      };
    }
  });
  defineFunction({
    type: "genfrac",
    names: ["\\\\abovefrac"],
    props: {
      numArgs: 3,
      argTypes: ["math", "size", "math"]
    },
    handler: function handler(_ref37, args) {
      var parser = _ref37.parser,
        funcName = _ref37.funcName;
      var numer = args[0];
      var barSize = assert(assertNodeType(args[1], "infix").barSize);
      var denom = args[2];
      var hasBarLine = barSize.number > 0;
      return {
        type: "genfrac",
        mode: parser.mode,
        numer: numer,
        denom: denom,
        continued: false,
        hasBarLine: hasBarLine,
        barSize: barSize,
        leftDelim: null,
        rightDelim: null,
        scriptLevel: "auto"
      };
    },
    mathmlBuilder: mathmlBuilder$5
  });

  // \hbox is provided for compatibility with LaTeX functions that act on a box.
  // This function by itself doesn't do anything but set scriptlevel to \textstyle
  // and prevent a soft line break.

  defineFunction({
    type: "hbox",
    names: ["\\hbox"],
    props: {
      numArgs: 1,
      argTypes: ["hbox"],
      allowedInArgument: true,
      allowedInText: false
    },
    handler: function handler(_ref38, args) {
      var parser = _ref38.parser;
      return {
        type: "hbox",
        mode: parser.mode,
        body: ordargument(args[0])
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var newStyle = style.withLevel(StyleLevel.TEXT);
      var mrow = buildExpressionRow(group.body, newStyle);
      return consolidateText(mrow);
    }
  });
  var mathmlBuilder$4 = function mathmlBuilder$4(group, style) {
    var accentNode = mathMLnode(group.label);
    accentNode.style["math-depth"] = 0;
    return new MathNode(group.isOver ? "mover" : "munder", [buildGroup$1(group.base, style), accentNode]);
  };

  // Horizontal stretchy brackets
  defineFunction({
    type: "horizBracket",
    names: ["\\overbrace", "\\underbrace", "\\overbracket", "\\underbracket"],
    props: {
      numArgs: 1
    },
    handler: function handler(_ref39, args) {
      var parser = _ref39.parser,
        funcName = _ref39.funcName;
      return {
        type: "horizBracket",
        mode: parser.mode,
        label: funcName,
        isOver: /^\\over/.test(funcName),
        base: args[0]
      };
    },
    mathmlBuilder: mathmlBuilder$4
  });
  defineFunction({
    type: "html",
    names: ["\\class", "\\id", "\\style", "\\data"],
    props: {
      numArgs: 2,
      argTypes: ["raw", "original"],
      allowedInText: true
    },
    handler: function handler(_ref40, args) {
      var parser = _ref40.parser,
        funcName = _ref40.funcName,
        token = _ref40.token;
      var value = assertNodeType(args[0], "raw").string;
      var body = args[1];
      if (parser.settings.strict) {
        throw new ParseError("Function \"" + funcName + "\" is disabled in strict mode", token);
      }
      var trustContext;
      var attributes = {};
      switch (funcName) {
        case "\\class":
          attributes.class = value;
          trustContext = {
            command: "\\class",
            class: value
          };
          break;
        case "\\id":
          attributes.id = value;
          trustContext = {
            command: "\\id",
            id: value
          };
          break;
        case "\\style":
          attributes.style = value;
          trustContext = {
            command: "\\style",
            style: value
          };
          break;
        case "\\data":
          {
            var data = value.split(",");
            for (var _i32 = 0; _i32 < data.length; _i32++) {
              var keyVal = data[_i32].split("=");
              if (keyVal.length !== 2) {
                throw new ParseError("Error parsing key-value for \\data");
              }
              attributes["data-" + keyVal[0].trim()] = keyVal[1].trim();
            }
            trustContext = {
              command: "\\data",
              attributes: attributes
            };
            break;
          }
        default:
          throw new Error("Unrecognized html command");
      }
      if (!parser.settings.isTrusted(trustContext)) {
        throw new ParseError("Function \"" + funcName + "\" is not trusted", token);
      }
      return {
        type: "html",
        mode: parser.mode,
        attributes: attributes,
        body: ordargument(body)
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var element = buildExpressionRow(group.body, style);
      var classes = [];
      if (group.attributes.class) {
        _callSpread(classes.push, classes, group.attributes.class.trim().split(/\s+/));
      }
      element.classes = classes;
      for (var attr in group.attributes) {
        if (attr !== "class" && Object.prototype.hasOwnProperty.call(group.attributes, attr)) {
          element.setAttribute(attr, group.attributes[attr]);
        }
      }
      return element;
    }
  });
  var sizeData = function sizeData(str) {
    if (/^[-+]? *(\d+(\.\d*)?|\.\d+)$/.test(str)) {
      // str is a number with no unit specified.
      // default unit is bp, per graphix package.
      return {
        number: +str,
        unit: "bp"
      };
    } else {
      var match = /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/.exec(str);
      if (!match) {
        throw new ParseError("Invalid size: '" + str + "' in \\includegraphics");
      }
      var data = {
        number: +(match[1] + match[2]),
        // sign + magnitude, cast to number
        unit: match[3]
      };
      if (!validUnit(data)) {
        throw new ParseError("Invalid unit: '" + data.unit + "' in \\includegraphics.");
      }
      return data;
    }
  };
  defineFunction({
    type: "includegraphics",
    names: ["\\includegraphics"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1,
      argTypes: ["raw", "url"],
      allowedInText: false
    },
    handler: function handler(_ref41, args, optArgs) {
      var parser = _ref41.parser,
        token = _ref41.token;
      var width = {
        number: 0,
        unit: "em"
      };
      var height = {
        number: 0.9,
        unit: "em"
      }; // sorta character sized.
      var totalheight = {
        number: 0,
        unit: "em"
      };
      var alt = "";
      if (optArgs[0]) {
        var attributeStr = assertNodeType(optArgs[0], "raw").string;

        // Parser.js does not parse key/value pairs. We get a string.
        var attributes = attributeStr.split(",");
        for (var _i33 = 0; _i33 < attributes.length; _i33++) {
          var keyVal = attributes[_i33].split("=");
          if (keyVal.length === 2) {
            var str = keyVal[1].trim();
            switch (keyVal[0].trim()) {
              case "alt":
                alt = str;
                break;
              case "width":
                width = sizeData(str);
                break;
              case "height":
                height = sizeData(str);
                break;
              case "totalheight":
                totalheight = sizeData(str);
                break;
              default:
                throw new ParseError("Invalid key: '" + keyVal[0] + "' in \\includegraphics.");
            }
          }
        }
      }
      var src = assertNodeType(args[0], "url").url;
      if (alt === "") {
        // No alt given. Use the file name. Strip away the path.
        alt = src;
        alt = alt.replace(/^.*[\\/]/, "");
        alt = alt.substring(0, alt.lastIndexOf("."));
      }
      if (!parser.settings.isTrusted({
        command: "\\includegraphics",
        url: src
      })) {
        throw new ParseError("Function \"\\includegraphics\" is not trusted", token);
      }
      return {
        type: "includegraphics",
        mode: parser.mode,
        alt: alt,
        width: width,
        height: height,
        totalheight: totalheight,
        src: src
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var height = calculateSize(group.height, style);
      var depth = {
        number: 0,
        unit: "em"
      };
      if (group.totalheight.number > 0) {
        if (group.totalheight.unit === height.unit && group.totalheight.number > height.number) {
          depth.number = group.totalheight.number - height.number;
          depth.unit = height.unit;
        }
      }
      var width = 0;
      if (group.width.number > 0) {
        width = calculateSize(group.width, style);
      }
      var graphicStyle = {
        height: height.number + depth.number + "em"
      };
      if (width.number > 0) {
        graphicStyle.width = width.number + width.unit;
      }
      if (depth.number > 0) {
        graphicStyle.verticalAlign = -depth.number + depth.unit;
      }
      var node = new Img(group.src, group.alt, graphicStyle);
      node.height = height;
      node.depth = depth;
      return new MathNode("mtext", [node]);
    }
  });

  // Horizontal spacing commands

  // TODO: \hskip and \mskip should support plus and minus in lengths

  defineFunction({
    type: "kern",
    names: ["\\kern", "\\mkern", "\\hskip", "\\mskip"],
    props: {
      numArgs: 1,
      argTypes: ["size"],
      primitive: true,
      allowedInText: true
    },
    handler: function handler(_ref42, args) {
      var parser = _ref42.parser,
        funcName = _ref42.funcName,
        token = _ref42.token;
      var size = assertNodeType(args[0], "size");
      if (parser.settings.strict) {
        var mathFunction = funcName[1] === "m"; // \mkern, \mskip
        var muUnit = size.value.unit === "mu";
        if (mathFunction) {
          if (!muUnit) {
            throw new ParseError("LaTeX's " + funcName + " supports only mu units, " + ("not " + size.value.unit + " units"), token);
          }
          if (parser.mode !== "math") {
            throw new ParseError("LaTeX's " + funcName + " works only in math mode", token);
          }
        } else {
          // !mathFunction
          if (muUnit) {
            throw new ParseError("LaTeX's " + funcName + " doesn't support mu units", token);
          }
        }
      }
      return {
        type: "kern",
        mode: parser.mode,
        dimension: size.value
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var dimension = calculateSize(group.dimension, style);
      var ch = dimension.number > 0 && dimension.unit === "em" ? spaceCharacter(dimension.number) : "";
      if (group.mode === "text" && ch.length > 0) {
        var character = new TextNode(ch);
        return new MathNode("mtext", [character]);
      } else {
        if (dimension.number >= 0) {
          var node = new MathNode("mspace");
          node.setAttribute("width", dimension.number + dimension.unit);
          return node;
        } else {
          // Don't use <mspace> or <mpadded> because
          // WebKit recognizes negative left margin only on a <mrow> element
          var _node = new MathNode("mrow");
          _node.style.marginLeft = dimension.number + dimension.unit;
          return _node;
        }
      }
    }
  });
  var spaceCharacter = function spaceCharacter(width) {
    if (width >= 0.05555 && width <= 0.05556) {
      return "\u200A"; // &VeryThinSpace;
    } else if (width >= 0.1666 && width <= 0.1667) {
      return "\u2009"; // &ThinSpace;
    } else if (width >= 0.2222 && width <= 0.2223) {
      return "\u2005"; // &MediumSpace;
    } else if (width >= 0.2777 && width <= 0.2778) {
      return "\u2005\u200A"; // &ThickSpace;
    } else {
      return "";
    }
  };

  // Limit valid characters to a small set, for safety.
  var invalidIdRegEx = /[^A-Za-z_0-9-]/g;
  defineFunction({
    type: "label",
    names: ["\\label"],
    props: {
      numArgs: 1,
      argTypes: ["raw"]
    },
    handler: function handler(_ref43, args) {
      var parser = _ref43.parser;
      return {
        type: "label",
        mode: parser.mode,
        string: args[0].string.replace(invalidIdRegEx, "")
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Return a no-width, no-ink element with an HTML id.
      var node = new MathNode("mrow", [], ["tml-label"]);
      if (group.string.length > 0) {
        node.setLabel(group.string);
      }
      return node;
    }
  });

  // Horizontal overlap functions

  var textModeLap = ["\\clap", "\\llap", "\\rlap"];
  defineFunction({
    type: "lap",
    names: ["\\mathllap", "\\mathrlap", "\\mathclap", "\\clap", "\\llap", "\\rlap"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref44, args) {
      var parser = _ref44.parser,
        funcName = _ref44.funcName,
        token = _ref44.token;
      if (textModeLap.includes(funcName)) {
        if (parser.settings.strict && parser.mode !== "text") {
          throw new ParseError("{" + funcName + "} can be used only in text mode.\n Try \\math" + funcName.slice(1), token);
        }
        funcName = funcName.slice(1);
      } else {
        funcName = funcName.slice(5);
      }
      var body = args[0];
      return {
        type: "lap",
        mode: parser.mode,
        alignment: funcName,
        body: body
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // mathllap, mathrlap, mathclap
      var strut;
      if (group.alignment === "llap") {
        // We need an invisible strut with the same depth as the group.
        // We can't just read the depth, so we use \vphantom methods.
        var phantomInner = buildExpression(ordargument(group.body), style);
        var _phantom = new MathNode("mphantom", phantomInner);
        strut = new MathNode("mpadded", [_phantom]);
        strut.setAttribute("width", "0.1px"); // Don't use 0. WebKit would hide it.
      }
      var inner = buildGroup$1(group.body, style);
      var node;
      if (group.alignment === "llap") {
        inner.style.position = "absolute";
        inner.style.right = "0";
        inner.style.bottom = "0"; // If we could have read the ink depth, it would go here.
        node = new MathNode("mpadded", [strut, inner]);
      } else {
        node = new MathNode("mpadded", [inner]);
      }
      if (group.alignment === "rlap") {
        if (group.body.body.length > 0 && group.body.body[0].type === "genfrac") {
          // In Firefox, a <mpadded> squashes the 3/18em padding of a child \frac. Put it back.
          node.setAttribute("lspace", "0.16667em");
        }
      } else {
        var _offset = group.alignment === "llap" ? "-1" : "-0.5";
        node.setAttribute("lspace", _offset + "width");
        if (group.alignment === "llap") {
          node.style.position = "relative";
        } else {
          node.style.display = "flex";
          node.style.justifyContent = "center";
        }
      }
      node.setAttribute("width", "0.1px"); // Don't use 0. WebKit would hide it.
      return node;
    }
  });

  // Switching from text mode back to math mode
  defineFunction({
    type: "ordgroup",
    names: ["\\(", "$"],
    props: {
      numArgs: 0,
      allowedInText: true,
      allowedInMath: false
    },
    handler: function handler(_ref45, args) {
      var funcName = _ref45.funcName,
        parser = _ref45.parser;
      var outerMode = parser.mode;
      parser.switchMode("math");
      var close = funcName === "\\(" ? "\\)" : "$";
      var body = parser.parseExpression(false, close);
      parser.expect(close);
      parser.switchMode(outerMode);
      return {
        type: "ordgroup",
        mode: parser.mode,
        body: body
      };
    }
  });

  // Check for extra closing math delimiters
  defineFunction({
    type: "text",
    // Doesn't matter what this is.
    names: ["\\)", "\\]"],
    props: {
      numArgs: 0,
      allowedInText: true,
      allowedInMath: false
    },
    handler: function handler(context, token) {
      throw new ParseError("Mismatched " + context.funcName, token);
    }
  });
  var chooseStyle = function chooseStyle(group, style) {
    switch (style.level) {
      case StyleLevel.DISPLAY:
        // 0
        return group.display;
      case StyleLevel.TEXT:
        // 1
        return group.text;
      case StyleLevel.SCRIPT:
        // 2
        return group.script;
      case StyleLevel.SCRIPTSCRIPT:
        // 3
        return group.scriptscript;
      default:
        return group.text;
    }
  };
  defineFunction({
    type: "mathchoice",
    names: ["\\mathchoice"],
    props: {
      numArgs: 4,
      primitive: true
    },
    handler: function handler(_ref46, args) {
      var parser = _ref46.parser;
      return {
        type: "mathchoice",
        mode: parser.mode,
        display: ordargument(args[0]),
        text: ordargument(args[1]),
        script: ordargument(args[2]),
        scriptscript: ordargument(args[3])
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var body = chooseStyle(group, style);
      return buildExpressionRow(body, style);
    }
  });
  var textAtomTypes = ["text", "textord", "mathord", "atom"];
  function mathmlBuilder$3(group, style) {
    var node;
    var inner = buildExpression(group.body, style);
    if (group.mclass === "minner") {
      node = new MathNode("mpadded", inner);
    } else if (group.mclass === "mord") {
      if (group.isCharacterBox || inner[0].type === "mathord") {
        node = inner[0];
        node.type = "mi";
        if (node.children.length === 1 && node.children[0].text && node.children[0].text === "∇") {
          node.setAttribute("mathvariant", "normal");
        }
      } else {
        node = new MathNode("mi", inner);
      }
    } else {
      node = new MathNode("mrow", inner);
      if (group.mustPromote) {
        node = inner[0];
        node.type = "mo";
        if (group.isCharacterBox && group.body[0].text && /[A-Za-z]/.test(group.body[0].text)) {
          node.setAttribute("mathvariant", "italic");
        }
      } else {
        node = new MathNode("mrow", inner);
      }

      // Set spacing based on what is the most likely adjacent atom type.
      // See TeXbook p170.
      var doSpacing = style.level < 2; // Operator spacing is zero inside a (sub|super)script.
      if (node.type === "mrow") {
        if (doSpacing) {
          if (group.mclass === "mbin") {
            // medium space
            node.children.unshift(padding(0.2222));
            node.children.push(padding(0.2222));
          } else if (group.mclass === "mrel") {
            // thickspace
            node.children.unshift(padding(0.2778));
            node.children.push(padding(0.2778));
          } else if (group.mclass === "mpunct") {
            node.children.push(padding(0.1667));
          } else if (group.mclass === "minner") {
            node.children.unshift(padding(0.0556)); // 1 mu is the most likely option
            node.children.push(padding(0.0556));
          }
        }
      } else {
        if (group.mclass === "mbin") {
          // medium space
          node.attributes.lspace = doSpacing ? "0.2222em" : "0";
          node.attributes.rspace = doSpacing ? "0.2222em" : "0";
        } else if (group.mclass === "mrel") {
          // thickspace
          node.attributes.lspace = doSpacing ? "0.2778em" : "0";
          node.attributes.rspace = doSpacing ? "0.2778em" : "0";
        } else if (group.mclass === "mpunct") {
          node.attributes.lspace = "0em";
          node.attributes.rspace = doSpacing ? "0.1667em" : "0";
        } else if (group.mclass === "mopen" || group.mclass === "mclose") {
          node.attributes.lspace = "0em";
          node.attributes.rspace = "0em";
        } else if (group.mclass === "minner" && doSpacing) {
          node.attributes.lspace = "0.0556em"; // 1 mu is the most likely option
          node.attributes.width = "+0.1111em";
        }
      }
      if (!(group.mclass === "mopen" || group.mclass === "mclose")) {
        delete node.attributes.stretchy;
        delete node.attributes.form;
      }
    }
    return node;
  }

  // Math class commands except \mathop
  defineFunction({
    type: "mclass",
    names: ["\\mathord", "\\mathbin", "\\mathrel", "\\mathopen", "\\mathclose", "\\mathpunct", "\\mathinner"],
    props: {
      numArgs: 1,
      primitive: true
    },
    handler: function handler(_ref47, args) {
      var parser = _ref47.parser,
        funcName = _ref47.funcName;
      var body = args[0];
      var isCharacterBox$1 = isCharacterBox(body);
      // We should not wrap a <mo> around a <mi> or <mord>. That would be invalid MathML.
      // In that case, we instead promote the text contents of the body to the parent.
      var mustPromote = true;
      var mord = {
        type: "mathord",
        text: "",
        mode: parser.mode
      };
      var arr = body.body ? body.body : [body];
      for (var _iterator9 = _createForOfIteratorHelperLoose(arr), _step9; !(_step9 = _iterator9()).done;) {
        var arg = _step9.value;
        if (textAtomTypes.includes(arg.type)) {
          if (symbols[parser.mode][arg.text]) {
            mord.text += symbols[parser.mode][arg.text].replace;
          } else if (arg.text) {
            mord.text += arg.text;
          } else if (arg.body) {
            arg.body.map(function (e) {
              mord.text += e.text;
            });
          }
        } else {
          mustPromote = false;
          break;
        }
      }
      if (mustPromote && funcName === "\\mathord" && mord.type === "mathord" && mord.text.length > 1) {
        return mord;
      } else {
        return {
          type: "mclass",
          mode: parser.mode,
          mclass: "m" + funcName.slice(5),
          body: ordargument(mustPromote ? mord : body),
          isCharacterBox: isCharacterBox$1,
          mustPromote: mustPromote
        };
      }
    },
    mathmlBuilder: mathmlBuilder$3
  });
  var binrelClass = function binrelClass(arg) {
    // \binrel@ spacing varies with (bin|rel|ord) of the atom in the argument.
    // (by rendering separately and with {}s before and after, and measuring
    // the change in spacing).  We'll do roughly the same by detecting the
    // atom type directly.
    var atom = arg.type === "ordgroup" && arg.body.length && arg.body.length === 1 ? arg.body[0] : arg;
    if (atom.type === "atom") {
      // BIN args are sometimes changed to OPEN, so check the original family.
      var family = arg.body.length > 0 && arg.body[0].text && symbols.math[arg.body[0].text] ? symbols.math[arg.body[0].text].group : atom.family;
      if (family === "bin" || family === "rel") {
        return "m" + family;
      } else {
        return "mord";
      }
    } else {
      return "mord";
    }
  };

  // \@binrel{x}{y} renders like y but as mbin/mrel/mord if x is mbin/mrel/mord.
  // This is equivalent to \binrel@{x}\binrel@@{y} in AMSTeX.
  defineFunction({
    type: "mclass",
    names: ["\\@binrel"],
    props: {
      numArgs: 2
    },
    handler: function handler(_ref48, args) {
      var parser = _ref48.parser;
      return {
        type: "mclass",
        mode: parser.mode,
        mclass: binrelClass(args[0]),
        body: ordargument(args[1]),
        isCharacterBox: isCharacterBox(args[1])
      };
    }
  });

  // Build a relation or stacked op by placing one symbol on top of another
  defineFunction({
    type: "mclass",
    names: ["\\stackrel", "\\overset", "\\underset"],
    props: {
      numArgs: 2
    },
    handler: function handler(_ref49, args) {
      var parser = _ref49.parser,
        funcName = _ref49.funcName;
      var baseArg = args[1];
      var shiftedArg = args[0];
      var mclass;
      if (funcName !== "\\stackrel") {
        // LaTeX applies \binrel spacing to \overset and \underset.
        mclass = binrelClass(baseArg);
      } else {
        mclass = "mrel"; // for \stackrel
      }
      var baseType = mclass === "mrel" || mclass === "mbin" ? "op" : "ordgroup";
      var baseOp = {
        type: baseType,
        mode: baseArg.mode,
        limits: true,
        alwaysHandleSupSub: true,
        parentIsSupSub: false,
        symbol: false,
        suppressBaseShift: funcName !== "\\stackrel",
        body: ordargument(baseArg)
      };
      return {
        type: "supsub",
        mode: shiftedArg.mode,
        stack: true,
        base: baseOp,
        sup: funcName === "\\underset" ? null : shiftedArg,
        sub: funcName === "\\underset" ? shiftedArg : null
      };
    },
    mathmlBuilder: mathmlBuilder$3
  });

  // Helper function
  var buildGroup = function buildGroup(el, style, noneNode) {
    if (!el) {
      return noneNode;
    }
    var node = buildGroup$1(el, style);
    if (node.type === "mrow" && node.children.length === 0) {
      return noneNode;
    }
    return node;
  };
  defineFunction({
    type: "multiscript",
    names: ["\\sideset", "\\pres@cript"],
    // See macros.js for \prescript
    props: {
      numArgs: 3
    },
    handler: function handler(_ref50, args) {
      var parser = _ref50.parser,
        funcName = _ref50.funcName,
        token = _ref50.token;
      if (args[2].body.length === 0) {
        throw new ParseError(funcName + "cannot parse an empty base.");
      }
      var base = args[2].body[0];
      if (parser.settings.strict && funcName === "\\sideset" && !base.symbol) {
        throw new ParseError("The base of \\sideset must be a big operator. Try \\prescript.");
      }
      if (args[0].body.length > 0 && args[0].body[0].type !== "supsub" || args[1].body.length > 0 && args[1].body[0].type !== "supsub") {
        throw new ParseError("\\sideset can parse only subscripts and " + "superscripts in its first two arguments", token);
      }

      // The prescripts and postscripts come wrapped in a supsub.
      var prescripts = args[0].body.length > 0 ? args[0].body[0] : null;
      var postscripts = args[1].body.length > 0 ? args[1].body[0] : null;
      if (!prescripts && !postscripts) {
        return base;
      } else if (!prescripts) {
        // It's not a multi-script. Get a \textstyle supsub.
        return {
          type: "styling",
          mode: parser.mode,
          scriptLevel: "text",
          body: [{
            type: "supsub",
            mode: parser.mode,
            base: base,
            sup: postscripts.sup,
            sub: postscripts.sub
          }]
        };
      } else {
        return {
          type: "multiscript",
          mode: parser.mode,
          isSideset: funcName === "\\sideset",
          prescripts: prescripts,
          postscripts: postscripts,
          base: base
        };
      }
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var base = buildGroup$1(group.base, style);
      var prescriptsNode = new MathNode("mprescripts");
      var noneNode = new MathNode("none");
      var children = [];
      var preSub = buildGroup(group.prescripts.sub, style, noneNode);
      var preSup = buildGroup(group.prescripts.sup, style, noneNode);
      if (group.isSideset) {
        // This seems silly, but LaTeX does this. Firefox ignores it, which does not make me sad.
        preSub.setAttribute("style", "text-align: left;");
        preSup.setAttribute("style", "text-align: left;");
      }
      if (group.postscripts) {
        var postSub = buildGroup(group.postscripts.sub, style, noneNode);
        var postSup = buildGroup(group.postscripts.sup, style, noneNode);
        children = [base, postSub, postSup, prescriptsNode, preSub, preSup];
      } else {
        children = [base, prescriptsNode, preSub, preSup];
      }
      return new MathNode("mmultiscripts", children);
    }
  });
  defineFunction({
    type: "not",
    names: ["\\not"],
    props: {
      numArgs: 1,
      primitive: true,
      allowedInText: false
    },
    handler: function handler(_ref51, args) {
      var parser = _ref51.parser;
      var isCharacterBox$1 = isCharacterBox(args[0]);
      var body;
      if (isCharacterBox$1) {
        body = ordargument(args[0]);
        if (body[0].text.charAt(0) === "\\") {
          body[0].text = symbols.math[body[0].text].replace;
        }
        // \u0338 is the Unicode Combining Long Solidus Overlay
        body[0].text = body[0].text.slice(0, 1) + "\u0338" + body[0].text.slice(1);
      } else {
        // When the argument is not a character box, TeX does an awkward, poorly placed overlay.
        // We'll do the same.
        var notNode = {
          type: "textord",
          mode: "math",
          text: "\u0338"
        };
        var kernNode = {
          type: "kern",
          mode: "math",
          dimension: {
            number: -0.6,
            unit: "em"
          }
        };
        body = [notNode, kernNode, args[0]];
      }
      return {
        type: "not",
        mode: parser.mode,
        body: body,
        isCharacterBox: isCharacterBox$1
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      if (group.isCharacterBox) {
        var _inner2 = buildExpression(group.body, style, true);
        return _inner2[0];
      } else {
        return buildExpressionRow(group.body, style);
      }
    }
  });

  // Limits, symbols

  // Some helpers

  var ordAtomTypes = ["textord", "mathord", "atom"];

  // Most operators have a large successor symbol, but these don't.
  var noSuccessor = ["\\smallint"];

  // Math operators (e.g. \sin) need a space between these types and themselves:
  var ordTypes = ["textord", "mathord", "ordgroup", "close", "leftright", "font"];

  // NOTE: Unlike most `builders`s, this one handles not only "op", but also
  // "supsub" since some of them (like \int) can affect super/subscripting.

  var setSpacing = function setSpacing(node) {
    // The user wrote a \mathop{…} function. Change spacing from default to OP spacing.
    // The most likely spacing for an OP is a thin space per TeXbook p170.
    node.attributes.lspace = "0.1667em";
    node.attributes.rspace = "0.1667em";
  };
  var mathmlBuilder$2 = function mathmlBuilder$2(group, style) {
    var node;
    if (group.symbol) {
      // This is a symbol. Just add the symbol.
      node = new MathNode("mo", [makeText(group.name, group.mode)]);
      if (noSuccessor.includes(group.name)) {
        node.setAttribute("largeop", "false");
      } else {
        node.setAttribute("movablelimits", "false");
      }
      if (group.fromMathOp) {
        setSpacing(node);
      }
    } else if (group.body) {
      // This is an operator with children. Add them.
      node = new MathNode("mo", buildExpression(group.body, style));
      if (group.fromMathOp) {
        setSpacing(node);
      }
    } else {
      // This is a text operator. Add all of the characters from the operator's name.
      node = new MathNode("mi", [new TextNode(group.name.slice(1))]);
      if (!group.parentIsSupSub) {
        // Append an invisible <mo>&ApplyFunction;</mo>.
        // ref: https://www.w3.org/TR/REC-MathML/chap3_2.html#sec3.2.4
        var operator = new MathNode("mo", [makeText("\u2061", "text")]);
        var row = [node, operator];
        // Set spacing
        if (group.needsLeadingSpace) {
          var lead = new MathNode("mspace");
          lead.setAttribute("width", "0.1667em"); // thin space.
          row.unshift(lead);
        }
        if (!group.isFollowedByDelimiter) {
          var trail = new MathNode("mspace");
          trail.setAttribute("width", "0.1667em"); // thin space.
          row.push(trail);
        }
        node = new MathNode("mrow", row);
      }
    }
    return node;
  };
  var singleCharBigOps = {
    "\u220F": "\\prod",
    "\u2210": "\\coprod",
    "\u2211": "\\sum",
    "\u22C0": "\\bigwedge",
    "\u22C1": "\\bigvee",
    "\u22C2": "\\bigcap",
    "\u22C3": "\\bigcup",
    "\u2A00": "\\bigodot",
    "\u2A01": "\\bigoplus",
    "\u2A02": "\\bigotimes",
    "\u2A04": "\\biguplus",
    "\u2A05": "\\bigsqcap",
    "\u2A06": "\\bigsqcup",
    "\u2A03": "\\bigcupdot",
    "\u2A07": "\\bigdoublevee",
    "\u2A08": "\\bigdoublewedge",
    "\u2A09": "\\bigtimes"
  };
  defineFunction({
    type: "op",
    names: ["\\coprod", "\\bigvee", "\\bigwedge", "\\biguplus", "\\bigcupplus", "\\bigcupdot", "\\bigcap", "\\bigcup", "\\bigdoublevee", "\\bigdoublewedge", "\\intop", "\\prod", "\\sum", "\\bigotimes", "\\bigoplus", "\\bigodot", "\\bigsqcap", "\\bigsqcup", "\\bigtimes", "\\smallint", "\u220F", "\u2210", "\u2211", "\u22C0", "\u22C1", "\u22C2", "\u22C3", "\u2A00", "\u2A01", "\u2A02", "\u2A03", "\u2A04", "\u2A05", "\u2A06", "\u2A07", "\u2A08", "\u2A09"],
    props: {
      numArgs: 0
    },
    handler: function handler(_ref52, args) {
      var parser = _ref52.parser,
        funcName = _ref52.funcName;
      var fName = funcName;
      if (fName.length === 1) {
        fName = singleCharBigOps[fName];
      }
      return {
        type: "op",
        mode: parser.mode,
        limits: true,
        parentIsSupSub: false,
        symbol: true,
        stack: false,
        // This is true for \stackrel{}, not here.
        name: fName
      };
    },
    mathmlBuilder: mathmlBuilder$2
  });

  // Note: calling defineFunction with a type that's already been defined only
  // works because the same mathmlBuilder is being used.
  defineFunction({
    type: "op",
    names: ["\\mathop"],
    props: {
      numArgs: 1,
      primitive: true
    },
    handler: function handler(_ref53, args) {
      var parser = _ref53.parser;
      var body = args[0];
      // It would be convienient to just wrap a <mo> around the argument.
      // But if the argument is a <mi> or <mord>, that would be invalid MathML.
      // In that case, we instead promote the text contents of the body to the parent.
      var arr = body.body ? body.body : [body];
      var isSymbol = arr.length === 1 && ordAtomTypes.includes(arr[0].type);
      return {
        type: "op",
        mode: parser.mode,
        limits: true,
        parentIsSupSub: false,
        symbol: isSymbol,
        fromMathOp: true,
        stack: false,
        name: isSymbol ? arr[0].text : null,
        body: isSymbol ? null : ordargument(body)
      };
    },
    mathmlBuilder: mathmlBuilder$2
  });

  // There are 2 flags for operators; whether they produce limits in
  // displaystyle, and whether they are symbols and should grow in
  // displaystyle. These four groups cover the four possible choices.

  var singleCharIntegrals = {
    "\u222B": "\\int",
    "\u222C": "\\iint",
    "\u222D": "\\iiint",
    "\u222E": "\\oint",
    "\u222F": "\\oiint",
    "\u2230": "\\oiiint",
    "\u2231": "\\intclockwise",
    "\u2232": "\\varointclockwise",
    "\u2A0C": "\\iiiint",
    "\u2A0D": "\\intbar",
    "\u2A0E": "\\intBar",
    "\u2A0F": "\\fint",
    "\u2A12": "\\rppolint",
    "\u2A13": "\\scpolint",
    "\u2A15": "\\pointint",
    "\u2A16": "\\sqint",
    "\u2A17": "\\intlarhk",
    "\u2A18": "\\intx",
    "\u2A19": "\\intcap",
    "\u2A1A": "\\intcup"
  };

  // No limits, not symbols
  defineFunction({
    type: "op",
    names: ["\\arcsin", "\\arccos", "\\arctan", "\\arctg", "\\arcctg", "\\arg", "\\ch", "\\cos", "\\cosec", "\\cosh", "\\cot", "\\cotg", "\\coth", "\\csc", "\\ctg", "\\cth", "\\deg", "\\dim", "\\exp", "\\hom", "\\ker", "\\lg", "\\ln", "\\log", "\\sec", "\\sin", "\\sinh", "\\sh", "\\sgn", "\\tan", "\\tanh", "\\tg", "\\th"],
    props: {
      numArgs: 0
    },
    handler: function handler(_ref54) {
      var parser = _ref54.parser,
        funcName = _ref54.funcName;
      var prevAtomType = parser.prevAtomType;
      var next = parser.gullet.future().text;
      return {
        type: "op",
        mode: parser.mode,
        limits: false,
        parentIsSupSub: false,
        symbol: false,
        stack: false,
        isFollowedByDelimiter: isDelimiter(next),
        needsLeadingSpace: prevAtomType.length > 0 && ordTypes.includes(prevAtomType),
        name: funcName
      };
    },
    mathmlBuilder: mathmlBuilder$2
  });

  // Limits, not symbols
  defineFunction({
    type: "op",
    names: ["\\det", "\\gcd", "\\inf", "\\lim", "\\max", "\\min", "\\Pr", "\\sup"],
    props: {
      numArgs: 0
    },
    handler: function handler(_ref55) {
      var parser = _ref55.parser,
        funcName = _ref55.funcName;
      var prevAtomType = parser.prevAtomType;
      var next = parser.gullet.future().text;
      return {
        type: "op",
        mode: parser.mode,
        limits: true,
        parentIsSupSub: false,
        symbol: false,
        stack: false,
        isFollowedByDelimiter: isDelimiter(next),
        needsLeadingSpace: prevAtomType.length > 0 && ordTypes.includes(prevAtomType),
        name: funcName
      };
    },
    mathmlBuilder: mathmlBuilder$2
  });

  // No limits, symbols
  defineFunction({
    type: "op",
    names: ["\\int", "\\iint", "\\iiint", "\\iiiint", "\\oint", "\\oiint", "\\oiiint", "\\intclockwise", "\\varointclockwise", "\\intbar", "\\intBar", "\\fint", "\\rppolint", "\\scpolint", "\\pointint", "\\sqint", "\\intlarhk", "\\intx", "\\intcap", "\\intcup", "\u222B", "\u222C", "\u222D", "\u222E", "\u222F", "\u2230", "\u2231", "\u2232", "\u2A0C", "\u2A0D", "\u2A0E", "\u2A0F", "\u2A12", "\u2A13", "\u2A15", "\u2A16", "\u2A17", "\u2A18", "\u2A19", "\u2A1A"],
    props: {
      numArgs: 0,
      allowedInArgument: true
    },
    handler: function handler(_ref56) {
      var parser = _ref56.parser,
        funcName = _ref56.funcName;
      var fName = funcName;
      if (fName.length === 1) {
        fName = singleCharIntegrals[fName];
      }
      return {
        type: "op",
        mode: parser.mode,
        limits: false,
        parentIsSupSub: false,
        symbol: true,
        stack: false,
        name: fName
      };
    },
    mathmlBuilder: mathmlBuilder$2
  });

  // NOTE: Unlike most builders, this one handles not only
  // "operatorname", but also  "supsub" since \operatorname* can
  // affect super/subscripting.

  var mathmlBuilder$1 = function mathmlBuilder$1(group, style) {
    var expression = buildExpression(group.body, style.withFont("mathrm"));

    // Is expression a string or has it something like a fraction?
    var isAllString = true; // default
    for (var _i34 = 0; _i34 < expression.length; _i34++) {
      var node = expression[_i34];
      if (node instanceof MathNode) {
        if ((node.type === "mrow" || node.type === "mpadded") && node.children.length === 1 && node.children[0] instanceof MathNode) {
          node = node.children[0];
        } else if (node.type === "mrow" && node.children.length === 2 && node.children[0] instanceof MathNode && node.children[1] instanceof MathNode && node.children[1].type === "mspace" && !node.children[1].attributes.width && node.children[1].children.length === 0) {
          // This is a workaround for a Firefox bug that applies spacing to
          // an <mi> with mathvariant="normal".
          node = node.children[0];
        }
        switch (node.type) {
          case "mi":
          case "mn":
          case "ms":
          case "mtext":
            break;
          // Do nothing yet.
          case "mspace":
            {
              if (node.attributes.width) {
                var width = node.attributes.width.replace("em", "");
                var _ch6 = spaceCharacter(Number(width));
                if (_ch6 === "") {
                  isAllString = false;
                } else {
                  expression[_i34] = new MathNode("mtext", [new TextNode(_ch6)]);
                }
              }
            }
            break;
          case "mo":
            {
              var child = node.children[0];
              if (node.children.length === 1 && child instanceof TextNode) {
                child.text = child.text.replace(/\u2212/, "-").replace(/\u2217/, "*");
              } else {
                isAllString = false;
              }
              break;
            }
          default:
            isAllString = false;
        }
      } else {
        isAllString = false;
      }
    }
    if (isAllString) {
      // Write a single TextNode instead of multiple nested tags.
      var word = expression.map(function (node) {
        return node.toText();
      }).join("");
      expression = [new TextNode(word)];
    } else if (expression.length === 1 && ["mover", "munder"].includes(expression[0].type) && (expression[0].children[0].type === "mi" || expression[0].children[0].type === "mtext")) {
      expression[0].children[0].type = "mi";
      if (group.parentIsSupSub) {
        return new MathNode("mrow", expression);
      } else {
        var operator = new MathNode("mo", [makeText("\u2061", "text")]);
        return newDocumentFragment([expression[0], operator]);
      }
    }
    var wrapper;
    if (isAllString) {
      wrapper = new MathNode("mi", expression);
      if (expression[0].text.length === 1) {
        wrapper.setAttribute("mathvariant", "normal");
      }
    } else {
      wrapper = new MathNode("mrow", expression);
    }
    if (!group.parentIsSupSub) {
      // Append an <mo>&ApplyFunction;</mo>.
      // ref: https://www.w3.org/TR/REC-MathML/chap3_2.html#sec3.2.4
      var _operator = new MathNode("mo", [makeText("\u2061", "text")]);
      var fragment = [wrapper, _operator];
      if (group.needsLeadingSpace) {
        // LaTeX gives operator spacing, but a <mi> gets ord spacing.
        // So add a leading space.
        var space = new MathNode("mspace");
        space.setAttribute("width", "0.1667em"); // thin space.
        fragment.unshift(space);
      }
      if (!group.isFollowedByDelimiter) {
        var trail = new MathNode("mspace");
        trail.setAttribute("width", "0.1667em"); // thin space.
        fragment.push(trail);
      }
      return newDocumentFragment(fragment);
    }
    return wrapper;
  };

  // \operatorname
  // amsopn.dtx: \mathop{#1\kern\z@\operator@font#3}\newmcodes@
  defineFunction({
    type: "operatorname",
    names: ["\\operatorname@", "\\operatornamewithlimits"],
    props: {
      numArgs: 1,
      allowedInArgument: true
    },
    handler: function handler(_ref57, args) {
      var parser = _ref57.parser,
        funcName = _ref57.funcName;
      var body = args[0];
      var prevAtomType = parser.prevAtomType;
      var next = parser.gullet.future().text;
      return {
        type: "operatorname",
        mode: parser.mode,
        body: ordargument(body),
        alwaysHandleSupSub: funcName === "\\operatornamewithlimits",
        limits: false,
        parentIsSupSub: false,
        isFollowedByDelimiter: isDelimiter(next),
        needsLeadingSpace: prevAtomType.length > 0 && ordTypes.includes(prevAtomType)
      };
    },
    mathmlBuilder: mathmlBuilder$1
  });
  defineMacro("\\operatorname", "\\@ifstar\\operatornamewithlimits\\operatorname@");
  defineFunctionBuilders({
    type: "ordgroup",
    mathmlBuilder: function mathmlBuilder(group, style) {
      return buildExpressionRow(group.body, style, group.semisimple);
    }
  });
  defineFunction({
    type: "phantom",
    names: ["\\phantom"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref58, args) {
      var parser = _ref58.parser;
      var body = args[0];
      return {
        type: "phantom",
        mode: parser.mode,
        body: ordargument(body)
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var inner = buildExpression(group.body, style);
      return new MathNode("mphantom", inner);
    }
  });
  defineFunction({
    type: "hphantom",
    names: ["\\hphantom"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref59, args) {
      var parser = _ref59.parser;
      var body = args[0];
      return {
        type: "hphantom",
        mode: parser.mode,
        body: body
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var inner = buildExpression(ordargument(group.body), style);
      var phantom = new MathNode("mphantom", inner);
      var node = new MathNode("mpadded", [phantom]);
      node.setAttribute("height", "0px");
      node.setAttribute("depth", "0px");
      return node;
    }
  });
  defineFunction({
    type: "vphantom",
    names: ["\\vphantom"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref60, args) {
      var parser = _ref60.parser;
      var body = args[0];
      return {
        type: "vphantom",
        mode: parser.mode,
        body: body
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var inner = buildExpression(ordargument(group.body), style);
      var phantom = new MathNode("mphantom", inner);
      var node = new MathNode("mpadded", [phantom]);
      node.setAttribute("width", "0.1px");
      return node;
    }
  });

  // In LaTeX, \pmb is a simulation of bold font.
  // The version of \pmb in ambsy.sty works by typesetting three copies of the argument
  // with small offsets. We use CSS font-weight:bold.

  defineFunction({
    type: "pmb",
    names: ["\\pmb"],
    props: {
      numArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref61, args) {
      var parser = _ref61.parser;
      return {
        type: "pmb",
        mode: parser.mode,
        body: ordargument(args[0])
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var inner = buildExpression(group.body, style);
      // Wrap with an <mstyle> element.
      var node = wrapWithMstyle(inner);
      node.setAttribute("style", "font-weight:bold");
      return node;
    }
  });

  // \raise, \lower, and \raisebox

  var mathmlBuilder = function mathmlBuilder(group, style) {
    var newStyle = style.withLevel(StyleLevel.TEXT);
    var node = new MathNode("mpadded", [buildGroup$1(group.body, newStyle)]);
    var dy = calculateSize(group.dy, style);
    node.setAttribute("voffset", dy.number + dy.unit);
    // Add padding, which acts to increase height in Chromium.
    // TODO: Figure out some way to change height in Firefox w/o breaking Chromium.
    if (dy.number > 0) {
      node.style.padding = dy.number + dy.unit + " 0 0 0";
    } else {
      node.style.padding = "0 0 " + Math.abs(dy.number) + dy.unit + " 0";
    }
    return node;
  };
  defineFunction({
    type: "raise",
    names: ["\\raise", "\\lower"],
    props: {
      numArgs: 2,
      argTypes: ["size", "primitive"],
      primitive: true
    },
    handler: function handler(_ref62, args) {
      var parser = _ref62.parser,
        funcName = _ref62.funcName;
      var amount = assertNodeType(args[0], "size").value;
      if (funcName === "\\lower") {
        amount.number *= -1;
      }
      var body = args[1];
      return {
        type: "raise",
        mode: parser.mode,
        dy: amount,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder
  });
  defineFunction({
    type: "raise",
    names: ["\\raisebox"],
    props: {
      numArgs: 2,
      argTypes: ["size", "hbox"],
      allowedInText: true
    },
    handler: function handler(_ref63, args) {
      var parser = _ref63.parser,
        funcName = _ref63.funcName;
      var amount = assertNodeType(args[0], "size").value;
      var body = args[1];
      return {
        type: "raise",
        mode: parser.mode,
        dy: amount,
        body: body
      };
    },
    mathmlBuilder: mathmlBuilder
  });
  defineFunction({
    type: "ref",
    names: ["\\ref", "\\eqref"],
    props: {
      numArgs: 1,
      argTypes: ["raw"]
    },
    handler: function handler(_ref64, args) {
      var parser = _ref64.parser,
        funcName = _ref64.funcName;
      return {
        type: "ref",
        mode: parser.mode,
        funcName: funcName,
        string: args[0].string.replace(invalidIdRegEx, "")
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Create an empty <a> node. Set a class and an href attribute.
      // The post-processor will populate with the target's tag or equation number.
      var classes = group.funcName === "\\ref" ? ["tml-ref"] : ["tml-ref", "tml-eqref"];
      return new AnchorNode("#" + group.string, classes, null);
    }
  });
  defineFunction({
    type: "reflect",
    names: ["\\reflectbox"],
    props: {
      numArgs: 1,
      argTypes: ["hbox"],
      allowedInText: true
    },
    handler: function handler(_ref65, args) {
      var parser = _ref65.parser;
      return {
        type: "reflect",
        mode: parser.mode,
        body: args[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var node = buildGroup$1(group.body, style);
      node.style.transform = "scaleX(-1)";
      return node;
    }
  });
  defineFunction({
    type: "internal",
    names: ["\\relax"],
    props: {
      numArgs: 0,
      allowedInText: true,
      allowedInArgument: true
    },
    handler: function handler(_ref66) {
      var parser = _ref66.parser;
      return {
        type: "internal",
        mode: parser.mode
      };
    }
  });
  defineFunction({
    type: "rule",
    names: ["\\rule"],
    props: {
      numArgs: 2,
      numOptionalArgs: 1,
      allowedInText: true,
      allowedInMath: true,
      argTypes: ["size", "size", "size"]
    },
    handler: function handler(_ref67, args, optArgs) {
      var parser = _ref67.parser;
      var shift = optArgs[0];
      var width = assertNodeType(args[0], "size");
      var height = assertNodeType(args[1], "size");
      return {
        type: "rule",
        mode: parser.mode,
        shift: shift && assertNodeType(shift, "size").value,
        width: width.value,
        height: height.value
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var width = calculateSize(group.width, style);
      var height = calculateSize(group.height, style);
      var shift = group.shift ? calculateSize(group.shift, style) : {
        number: 0,
        unit: "em"
      };
      var color = style.color && style.getColor() || "black";
      var rule = new MathNode("mspace");
      if (width.number > 0 && height.number > 0) {
        rule.setAttribute("mathbackground", color);
      }
      rule.setAttribute("width", width.number + width.unit);
      rule.setAttribute("height", height.number + height.unit);
      if (shift.number === 0) {
        return rule;
      }
      var wrapper = new MathNode("mpadded", [rule]);
      if (shift.number >= 0) {
        wrapper.setAttribute("height", "+" + shift.number + shift.unit);
      } else {
        wrapper.setAttribute("height", shift.number + shift.unit);
        wrapper.setAttribute("depth", "+" + -shift.number + shift.unit);
      }
      wrapper.setAttribute("voffset", shift.number + shift.unit);
      return wrapper;
    }
  });
  var numRegEx = /^[0-9]$/;
  var unicodeNumSubs = {
    '0': '₀',
    '1': '₁',
    '2': '₂',
    '3': '₃',
    '4': '₄',
    '5': '₅',
    '6': '₆',
    '7': '₇',
    '8': '₈',
    '9': '₉'
  };
  var unicodeNumSups = {
    '0': '⁰',
    '1': '¹',
    '2': '²',
    '3': '³',
    '4': '⁴',
    '5': '⁵',
    '6': '⁶',
    '7': '⁷',
    '8': '⁸',
    '9': '⁹'
  };
  defineFunction({
    type: "sfrac",
    names: ["\\sfrac"],
    props: {
      numArgs: 2,
      allowedInText: true,
      allowedInMath: true
    },
    handler: function handler(_ref68, args) {
      var parser = _ref68.parser;
      var numerator = "";
      for (var _iterator0 = _createForOfIteratorHelperLoose(args[0].body), _step0; !(_step0 = _iterator0()).done;) {
        var node = _step0.value;
        if (node.type !== "textord" || !numRegEx.test(node.text)) {
          throw new ParseError("Numerator must be an integer.", node);
        }
        numerator += node.text;
      }
      var denominator = "";
      for (var _iterator1 = _createForOfIteratorHelperLoose(args[1].body), _step1; !(_step1 = _iterator1()).done;) {
        var _node2 = _step1.value;
        if (_node2.type !== "textord" || !numRegEx.test(_node2.text)) {
          throw new ParseError("Denominator must be an integer.", _node2);
        }
        denominator += _node2.text;
      }
      return {
        type: "sfrac",
        mode: parser.mode,
        numerator: numerator,
        denominator: denominator
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var numerator = group.numerator.split('').map(function (c) {
        return unicodeNumSups[c];
      }).join('');
      var denominator = group.denominator.split('').map(function (c) {
        return unicodeNumSubs[c];
      }).join('');
      // Use a fraction slash.
      var text = new TextNode(numerator + "\u2044" + denominator, group.mode, style);
      return new MathNode("mn", [text], ["special-fraction"]);
    }
  });

  // The size mappings are taken from TeX with \normalsize=10pt.
  // We don't have to track script level. MathML does that.
  var sizeMap = {
    "\\tiny": 0.5,
    "\\sixptsize": 0.6,
    "\\Tiny": 0.6,
    "\\scriptsize": 0.7,
    "\\footnotesize": 0.8,
    "\\small": 0.9,
    "\\normalsize": 1.0,
    "\\large": 1.2,
    "\\Large": 1.44,
    "\\LARGE": 1.728,
    "\\huge": 2.074,
    "\\Huge": 2.488
  };
  defineFunction({
    type: "sizing",
    names: ["\\tiny", "\\sixptsize", "\\Tiny", "\\scriptsize", "\\footnotesize", "\\small", "\\normalsize", "\\large", "\\Large", "\\LARGE", "\\huge", "\\Huge"],
    props: {
      numArgs: 0,
      allowedInText: true
    },
    handler: function handler(_ref69, args) {
      var breakOnTokenText = _ref69.breakOnTokenText,
        funcName = _ref69.funcName,
        parser = _ref69.parser;
      if (parser.settings.strict && parser.mode === "math") {
        // eslint-disable-next-line no-console
        console.log("Temml strict-mode warning: Command " + funcName + " is invalid in math mode.");
      }
      var body = parser.parseExpression(false, breakOnTokenText, true);
      return {
        type: "sizing",
        mode: parser.mode,
        funcName: funcName,
        body: body
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var newStyle = style.withFontSize(sizeMap[group.funcName]);
      var inner = buildExpression(group.body, newStyle);
      // Wrap with an <mstyle> element.
      var node = wrapWithMstyle(inner);
      var factor = (sizeMap[group.funcName] / style.fontSize).toFixed(4);
      node.setAttribute("mathsize", factor + "em");
      return node;
    }
  });

  // smash, with optional [tb], as in AMS

  defineFunction({
    type: "smash",
    names: ["\\smash"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1,
      allowedInText: true
    },
    handler: function handler(_ref70, args, optArgs) {
      var parser = _ref70.parser;
      var smashHeight = false;
      var smashDepth = false;
      var tbArg = optArgs[0] && assertNodeType(optArgs[0], "ordgroup");
      if (tbArg) {
        // Optional [tb] argument is engaged.
        // ref: amsmath: \renewcommand{\smash}[1][tb]{%
        //               def\mb@t{\ht}\def\mb@b{\dp}\def\mb@tb{\ht\z@\z@\dp}%
        var letter = "";
        for (var _i35 = 0; _i35 < tbArg.body.length; ++_i35) {
          var node = tbArg.body[_i35];
          // TODO: Write an AssertSymbolNode
          letter = node.text;
          if (letter === "t") {
            smashHeight = true;
          } else if (letter === "b") {
            smashDepth = true;
          } else {
            smashHeight = false;
            smashDepth = false;
            break;
          }
        }
      } else {
        smashHeight = true;
        smashDepth = true;
      }
      var body = args[0];
      return {
        type: "smash",
        mode: parser.mode,
        body: body,
        smashHeight: smashHeight,
        smashDepth: smashDepth
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var node = new MathNode("mpadded", [buildGroup$1(group.body, style)]);
      if (group.smashHeight) {
        node.setAttribute("height", "0px");
      }
      if (group.smashDepth) {
        node.setAttribute("depth", "0px");
      }
      return node;
    }
  });

  // Letters that are x-height w/o a descender.
  var xHeights = ['a', 'c', 'e', 'ı', 'm', 'n', 'o', 'r', 's', 'u', 'v', 'w', 'x', 'z', 'α', 'ε', 'ι', 'κ', 'ν', 'ο', 'π', 'σ', 'τ', 'υ', 'ω', '\\alpha', '\\epsilon', "\\iota", '\\kappa', '\\nu', '\\omega', '\\pi', '\\tau', '\\omega'];
  defineFunction({
    type: "sqrt",
    names: ["\\sqrt"],
    props: {
      numArgs: 1,
      numOptionalArgs: 1
    },
    handler: function handler(_ref71, args, optArgs) {
      var parser = _ref71.parser;
      var index = optArgs[0];
      var body = args[0];
      // Check if the body consists entirely of an x-height letter.
      // TODO: Remove this check after Chromium is fixed.
      if (body.body && body.body.length === 1 && body.body[0].text && xHeights.includes(body.body[0].text)) {
        // Chromium does not put enough space above an x-height letter.
        // Insert a strut.
        body.body.push({
          "type": "rule",
          "mode": "math",
          "shift": null,
          "width": {
            "number": 0,
            "unit": "pt"
          },
          "height": {
            "number": 0.5,
            "unit": "em"
          }
        });
      }
      return {
        type: "sqrt",
        mode: parser.mode,
        body: body,
        index: index
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var body = group.body,
        index = group.index;
      return index ? new MathNode("mroot", [buildGroup$1(body, style), buildGroup$1(index, style.incrementLevel())]) : new MathNode("msqrt", [buildGroup$1(body, style)]);
    }
  });
  var styleMap = {
    display: 0,
    text: 1,
    script: 2,
    scriptscript: 3
  };
  var styleAttributes = {
    display: ["0", "true"],
    text: ["0", "false"],
    script: ["1", "false"],
    scriptscript: ["2", "false"]
  };
  defineFunction({
    type: "styling",
    names: ["\\displaystyle", "\\textstyle", "\\scriptstyle", "\\scriptscriptstyle"],
    props: {
      numArgs: 0,
      allowedInText: true,
      primitive: true
    },
    handler: function handler(_ref72, args) {
      var breakOnTokenText = _ref72.breakOnTokenText,
        funcName = _ref72.funcName,
        parser = _ref72.parser;
      // parse out the implicit body
      var body = parser.parseExpression(true, breakOnTokenText, true);
      var scriptLevel = funcName.slice(1, funcName.length - 5);
      return {
        type: "styling",
        mode: parser.mode,
        // Figure out what scriptLevel to use by pulling out the scriptLevel from
        // the function name
        scriptLevel: scriptLevel,
        body: body
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Figure out what scriptLevel we're changing to.
      var newStyle = style.withLevel(styleMap[group.scriptLevel]);
      // The style argument in the next line does NOT directly set a MathML script level.
      // It just tracks the style level, in case we need to know it for supsub or mathchoice.
      var inner = buildExpression(group.body, newStyle);
      // Wrap with an <mstyle> element.
      var node = wrapWithMstyle(inner);
      var attr = styleAttributes[group.scriptLevel];

      // Here is where we set the MathML script level.
      node.setAttribute("scriptlevel", attr[0]);
      node.setAttribute("displaystyle", attr[1]);
      return node;
    }
  });

  /**
   * Sometimes, groups perform special rules when they have superscripts or
   * subscripts attached to them. This function lets the `supsub` group know that
   * Sometimes, groups perform special rules when they have superscripts or
   * its inner element should handle the superscripts and subscripts instead of
   * handling them itself.
   */

  // Helpers
  var symbolRegEx = /^m(over|under|underover)$/;

  // From the KaTeX font metrics, identify letters that encroach on a superscript.
  var smallPad = "DHKLUcegorsuvxyzΠΥΨαδηιμνοτυχϵ";
  var mediumPad = "BCEFGIMNOPQRSTXZlpqtwΓΘΞΣΦΩβεζθξρςφψϑϕϱ";
  var largePad = "AJdfΔΛ";

  // Super scripts and subscripts, whose precise placement can depend on other
  // functions that precede them.
  defineFunctionBuilders({
    type: "supsub",
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Is the inner group a relevant horizontal brace or bracket?
      var isBracket = false;
      var isOver;
      var isSup;
      var appendApplyFunction = false;
      var appendSpace = false;
      var needsLeadingSpace = false;
      if (group.base && group.base.type === "horizBracket") {
        isSup = !!group.sup;
        if (isSup === group.base.isOver) {
          isBracket = true;
          isOver = group.base.isOver;
        }
      }
      if (group.base && !group.stack && (group.base.type === "op" || group.base.type === "operatorname")) {
        group.base.parentIsSupSub = true;
        appendApplyFunction = !group.base.symbol;
        appendSpace = appendApplyFunction && !group.isFollowedByDelimiter;
        needsLeadingSpace = group.base.needsLeadingSpace;
      }
      var children = group.stack && group.base.body.length === 1 ? [buildGroup$1(group.base.body[0], style)] : [buildGroup$1(group.base, style)];

      // Note regarding scriptstyle level.
      // (Sub|super)scripts should not shrink beyond MathML scriptlevel 2 aka \scriptscriptstyle
      // Ref: https://w3c.github.io/mathml-core/#the-displaystyle-and-scriptlevel-attributes
      // (BTW, MathML scriptlevel 2 is equal to Temml level 3.)
      // But Chromium continues to shrink the (sub|super)scripts. So we explicitly set scriptlevel 2.

      var childStyle = style.inSubOrSup();
      if (group.sub) {
        var sub = buildGroup$1(group.sub, childStyle);
        if (style.level === 3) {
          sub.setAttribute("scriptlevel", "2");
        }
        children.push(sub);
      }
      if (group.sup) {
        var sup = buildGroup$1(group.sup, childStyle);
        if (style.level === 3) {
          sup.setAttribute("scriptlevel", "2");
        }
        if (group.base && group.base.text && group.base.text.length === 1) {
          // Make an italic correction on the superscript.
          var _text2 = group.base.text;
          if (smallPad.indexOf(_text2) > -1) {
            sup.classes.push("tml-sml-pad");
          } else if (mediumPad.indexOf(_text2) > -1) {
            sup.classes.push("tml-med-pad");
          } else if (largePad.indexOf(_text2) > -1) {
            sup.classes.push("tml-lrg-pad");
          }
        }
        children.push(sup);
      }
      var nodeType;
      if (isBracket) {
        nodeType = isOver ? "mover" : "munder";
      } else if (!group.sub) {
        var base = group.base;
        if (base && base.type === "op" && base.limits && (style.level === StyleLevel.DISPLAY || base.alwaysHandleSupSub)) {
          nodeType = "mover";
        } else if (base && base.type === "operatorname" && base.alwaysHandleSupSub && (base.limits || style.level === StyleLevel.DISPLAY)) {
          nodeType = "mover";
        } else {
          nodeType = "msup";
        }
      } else if (!group.sup) {
        var _base = group.base;
        if (group.stack) {
          nodeType = "munder";
        } else if (_base && _base.type === "op" && _base.limits && (style.level === StyleLevel.DISPLAY || _base.alwaysHandleSupSub)) {
          nodeType = "munder";
        } else if (_base && _base.type === "operatorname" && _base.alwaysHandleSupSub && (_base.limits || style.level === StyleLevel.DISPLAY)) {
          nodeType = "munder";
        } else {
          nodeType = "msub";
        }
      } else {
        var _base2 = group.base;
        if (_base2 && (_base2.type === "op" && _base2.limits || _base2.type === "multiscript") && (style.level === StyleLevel.DISPLAY || _base2.alwaysHandleSupSub)) {
          nodeType = "munderover";
        } else if (_base2 && _base2.type === "operatorname" && _base2.alwaysHandleSupSub && (style.level === StyleLevel.DISPLAY || _base2.limits)) {
          nodeType = "munderover";
        } else {
          nodeType = "msubsup";
        }
      }
      var node = new MathNode(nodeType, children);
      if (appendApplyFunction) {
        // Append an <mo>&ApplyFunction;</mo>.
        // ref: https://www.w3.org/TR/REC-MathML/chap3_2.html#sec3.2.4
        var operator = new MathNode("mo", [makeText("\u2061", "text")]);
        if (needsLeadingSpace) {
          var space = new MathNode("mspace");
          space.setAttribute("width", "0.1667em"); // thin space.
          node = newDocumentFragment([space, node, operator]);
        } else {
          node = newDocumentFragment([node, operator]);
        }
        if (appendSpace) {
          var _space = new MathNode("mspace");
          _space.setAttribute("width", "0.1667em"); // thin space.
          node.children.push(_space);
        }
      } else if (symbolRegEx.test(nodeType)) {
        // Wrap in a <mrow>. Otherwise Firefox stretchy parens will not stretch to include limits.
        node = new MathNode("mrow", [node]);
      }
      return node;
    }
  });

  // Operator ParseNodes created in Parser.js from symbol Groups in src/symbols.js.

  var short = ["\\shortmid", "\\nshortmid", "\\shortparallel", "\\nshortparallel", "\\smallsetminus"];
  var arrows = ["\\Rsh", "\\Lsh", "\\restriction"];
  var isArrow = function isArrow(str) {
    if (str.length === 1) {
      var codePoint = str.codePointAt(0);
      return 0x218f < codePoint && codePoint < 0x2200;
    }
    return str.indexOf("arrow") > -1 || str.indexOf("harpoon") > -1 || arrows.includes(str);
  };
  defineFunctionBuilders({
    type: "atom",
    mathmlBuilder: function mathmlBuilder(group, style) {
      var node = new MathNode("mo", [makeText(group.text, group.mode)]);
      if (group.family === "punct") {
        node.setAttribute("separator", "true");
      } else if (group.family === "open" || group.family === "close") {
        // Delims built here should not stretch vertically.
        // See delimsizing.js for stretchy delims.
        if (group.family === "open") {
          node.setAttribute("form", "prefix");
          // Set an explicit attribute for stretch. Otherwise Firefox may do it wrong.
          node.setAttribute("stretchy", "false");
        } else if (group.family === "close") {
          node.setAttribute("form", "postfix");
          node.setAttribute("stretchy", "false");
        }
      } else if (group.text === "\\mid") {
        // Firefox messes up this spacing if at the end of an <mrow>. See it explicitly.
        node.setAttribute("lspace", "0.22em"); // medium space
        node.setAttribute("rspace", "0.22em");
        node.setAttribute("stretchy", "false");
      } else if (group.family === "rel" && isArrow(group.text)) {
        node.setAttribute("stretchy", "false");
      } else if (short.includes(group.text)) {
        node.setAttribute("mathsize", "70%");
      } else if (group.text === ":") {
        // ":" is not in the MathML operator dictionary. Give it BIN spacing.
        node.attributes.lspace = "0.2222em";
        node.attributes.rspace = "0.2222em";
      } else if (group.needsSpacing) {
        // Fix a MathML bug that occurs when a <mo> is between two <mtext> elements.
        if (group.family === "bin") {
          return new MathNode("mrow", [padding(0.222), node, padding(0.222)]);
        } else {
          // REL spacing
          return new MathNode("mrow", [padding(0.2778), node, padding(0.2778)]);
        }
      }
      return node;
    }
  });

  /**
   * Maps TeX font commands to "mathvariant" attribute in buildMathML.js
   */
  var fontMap = {
    // styles
    mathbf: "bold",
    mathrm: "normal",
    textit: "italic",
    mathit: "italic",
    mathnormal: "italic",
    // families
    mathbb: "double-struck",
    mathcal: "script",
    mathfrak: "fraktur",
    mathscr: "script",
    mathsf: "sans-serif",
    mathtt: "monospace"
  };

  /**
   * Returns the math variant as a string or null if none is required.
   */
  var getVariant = function getVariant(group, style) {
    // Handle font specifiers as best we can.
    // Chromium does not support the MathML mathvariant attribute.
    // So we'll use Unicode replacement characters instead.
    // But first, determine the math variant.

    // Deal with the \textit, \textbf, etc., functions.
    if (style.fontFamily === "texttt") {
      return "monospace";
    } else if (style.fontFamily === "textsc") {
      return "normal"; // handled via character substitution in symbolsOrd.js.
    } else if (style.fontFamily === "textsf") {
      if (style.fontShape === "textit" && style.fontWeight === "textbf") {
        return "sans-serif-bold-italic";
      } else if (style.fontShape === "textit") {
        return "sans-serif-italic";
      } else if (style.fontWeight === "textbf") {
        return "sans-serif-bold";
      } else {
        return "sans-serif";
      }
    } else if (style.fontShape === "textit" && style.fontWeight === "textbf") {
      return "bold-italic";
    } else if (style.fontShape === "textit") {
      return "italic";
    } else if (style.fontWeight === "textbf") {
      return "bold";
    }

    // Deal with the \mathit, mathbf, etc, functions.
    var font = style.font;
    if (!font || font === "mathnormal") {
      return null;
    }
    var mode = group.mode;
    switch (font) {
      case "mathit":
        return "italic";
      case "mathrm":
        {
          var codePoint = group.text.codePointAt(0);
          // LaTeX \mathrm returns italic for Greek characters.
          return 0x03ab < codePoint && codePoint < 0x03cf ? "italic" : "normal";
        }
      case "greekItalic":
        return "italic";
      case "up@greek":
        return "normal";
      case "boldsymbol":
      case "mathboldsymbol":
        return "bold-italic";
      case "mathbf":
        return "bold";
      case "mathbb":
        return "double-struck";
      case "mathfrak":
        return "fraktur";
      case "mathscr":
      case "mathcal":
        return "script";
      case "mathsf":
        return "sans-serif";
      case "mathsfit":
        return "sans-serif-italic";
      case "mathtt":
        return "monospace";
    }
    var text = group.text;
    if (symbols[mode][text] && symbols[mode][text].replace) {
      text = symbols[mode][text].replace;
    }
    return Object.prototype.hasOwnProperty.call(fontMap, font) ? fontMap[font] : null;
  };

  // "mathord" and "textord" ParseNodes created in Parser.js from symbol Groups in
  // src/symbols.js.

  var numberRegEx = /^\d(?:[\d,.]*\d)?$/;
  var latinRegEx = /[A-Ba-z]/;
  var primes = new Set(["\\prime", "\\dprime", "\\trprime", "\\qprime", "\\backprime", "\\backdprime", "\\backtrprime"]);
  var italicNumber = function italicNumber(text, variant, tag) {
    var mn = new MathNode(tag, [text]);
    var wrapper = new MathNode("mstyle", [mn]);
    wrapper.style["font-style"] = "italic";
    wrapper.style["font-family"] = "Cambria, 'Times New Roman', serif";
    if (variant === "bold-italic") {
      wrapper.style["font-weight"] = "bold";
    }
    return wrapper;
  };
  defineFunctionBuilders({
    type: "mathord",
    mathmlBuilder: function mathmlBuilder(group, style) {
      var text = makeText(group.text, group.mode, style);
      var codePoint = text.text.codePointAt(0);
      // Test for upper-case Greek
      var defaultVariant = 0x0390 < codePoint && codePoint < 0x03aa ? "normal" : "italic";
      var variant = getVariant(group, style) || defaultVariant;
      if (variant === "script") {
        text.text = variantChar(text.text, variant);
        return new MathNode("mi", [text], [style.font]);
      } else if (variant !== "italic") {
        text.text = variantChar(text.text, variant);
      }
      var node = new MathNode("mi", [text]);
      // TODO: Handle U+1D49C - U+1D4CF per https://www.unicode.org/charts/PDF/U1D400.pdf
      if (variant === "normal") {
        node.setAttribute("mathvariant", "normal");
        if (text.text.length === 1) {
          // A Firefox bug will apply spacing here, but there should be none. Fix it.
          var mspace = new MathNode("mspace", []);
          node = new MathNode("mrow", [node, mspace]);
        }
      }
      return node;
    }
  });
  defineFunctionBuilders({
    type: "textord",
    mathmlBuilder: function mathmlBuilder(group, style) {
      var ch = group.text;
      var codePoint = ch.codePointAt(0);
      if (style.fontFamily === "textsc") {
        // Convert small latin letters to small caps.
        if (96 < codePoint && codePoint < 123) {
          ch = smallCaps[ch];
        }
      }
      var text = makeText(ch, group.mode, style);
      var variant = getVariant(group, style) || "normal";
      var node;
      if (numberRegEx.test(group.text)) {
        var tag = group.mode === "text" ? "mtext" : "mn";
        if (variant === "italic" || variant === "bold-italic") {
          return italicNumber(text, variant, tag);
        } else {
          if (variant !== "normal") {
            text.text = text.text.split("").map(function (c) {
              return variantChar(c, variant);
            }).join("");
          }
          node = new MathNode(tag, [text]);
        }
      } else if (group.mode === "text") {
        if (variant !== "normal") {
          text.text = variantChar(text.text, variant);
        }
        node = new MathNode("mtext", [text]);
      } else if (primes.has(group.text)) {
        node = new MathNode("mo", [text]);
        // TODO: If/when Chromium uses ssty variant for prime, remove the next line.
        node.classes.push("tml-prime");
      } else {
        var origText = text.text;
        if (variant !== "italic") {
          text.text = variantChar(text.text, variant);
        }
        node = new MathNode("mi", [text]);
        if (text.text === origText && latinRegEx.test(origText)) {
          node.setAttribute("mathvariant", "italic");
        }
      }
      return node;
    }
  });

  // A map of CSS-based spacing functions to their CSS class.
  var cssSpace = {
    "\\nobreak": "nobreak",
    "\\allowbreak": "allowbreak"
  };

  // A lookup table to determine whether a spacing function/symbol should be
  // treated like a regular space character.  If a symbol or command is a key
  // in this table, then it should be a regular space character.  Furthermore,
  // the associated value may have a `className` specifying an extra CSS class
  // to add to the created `span`.
  var regularSpace = {
    " ": {},
    "\\ ": {},
    "~": {
      className: "nobreak"
    },
    "\\space": {},
    "\\nobreakspace": {
      className: "nobreak"
    }
  };

  // ParseNode<"spacing"> created in Parser.js from the "spacing" symbol Groups in
  // src/symbols.js.
  defineFunctionBuilders({
    type: "spacing",
    mathmlBuilder: function mathmlBuilder(group, style) {
      var node;
      if (Object.prototype.hasOwnProperty.call(regularSpace, group.text)) {
        // Firefox does not render a space in a <mtext> </mtext>. So write a no-break space.
        // TODO: If Firefox fixes that bug, uncomment the next line and write ch into the node.
        //const ch = (regularSpace[group.text].className === "nobreak") ? "\u00a0" : " "
        node = new MathNode("mtext", [new TextNode("\xA0")]);
      } else if (Object.prototype.hasOwnProperty.call(cssSpace, group.text)) {
        // MathML 3.0 calls for nobreak to occur in an <mo>, not an <mtext>
        // Ref: https://www.w3.org/Math/draft-spec/mathml.html#chapter3_presm.lbattrs
        node = new MathNode("mo");
        if (group.text === "\\nobreak") {
          node.setAttribute("linebreak", "nobreak");
        }
      } else {
        throw new ParseError("Unknown type of space \"" + group.text + "\"");
      }
      return node;
    }
  });
  defineFunctionBuilders({
    type: "tag"
  });

  // For a \tag, the work usually done in a mathmlBuilder is instead done in buildMathML.js.
  // That way, a \tag can be pulled out of the parse tree and wrapped around the outer node.

  // Non-mathy text, possibly in a font
  var textFontFamilies = {
    "\\text": undefined,
    "\\textrm": "textrm",
    "\\textsf": "textsf",
    "\\texttt": "texttt",
    "\\textnormal": "textrm",
    "\\textsc": "textsc" // small caps
  };
  var textFontWeights = {
    "\\textbf": "textbf",
    "\\textmd": "textmd"
  };
  var textFontShapes = {
    "\\textit": "textit",
    "\\textup": "textup"
  };
  var styleWithFont = function styleWithFont(group, style) {
    var font = group.font;
    // Checks if the argument is a font family or a font style.
    if (!font) {
      return style;
    } else if (textFontFamilies[font]) {
      return style.withTextFontFamily(textFontFamilies[font]);
    } else if (textFontWeights[font]) {
      return style.withTextFontWeight(textFontWeights[font]);
    } else if (font === "\\emph") {
      return style.fontShape === "textit" ? style.withTextFontShape("textup") : style.withTextFontShape("textit");
    }
    return style.withTextFontShape(textFontShapes[font]);
  };
  defineFunction({
    type: "text",
    names: [
    // Font families
    "\\text", "\\textrm", "\\textsf", "\\texttt", "\\textnormal", "\\textsc",
    // Font weights
    "\\textbf", "\\textmd",
    // Font Shapes
    "\\textit", "\\textup", "\\emph"],
    props: {
      numArgs: 1,
      argTypes: ["text"],
      allowedInArgument: true,
      allowedInText: true
    },
    handler: function handler(_ref73, args) {
      var parser = _ref73.parser,
        funcName = _ref73.funcName;
      var body = args[0];
      return {
        type: "text",
        mode: parser.mode,
        body: ordargument(body),
        font: funcName
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var newStyle = styleWithFont(group, style);
      var mrow = buildExpressionRow(group.body, newStyle);
      return consolidateText(mrow);
    }
  });

  // \vcenter:  Vertically center the argument group on the math axis.

  defineFunction({
    type: "vcenter",
    names: ["\\vcenter"],
    props: {
      numArgs: 1,
      argTypes: ["original"],
      allowedInText: false
    },
    handler: function handler(_ref74, args) {
      var parser = _ref74.parser;
      return {
        type: "vcenter",
        mode: parser.mode,
        body: args[0]
      };
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      // Use a math table to create vertically centered content.
      var mtd = new MathNode("mtd", [buildGroup$1(group.body, style)]);
      mtd.style.padding = "0";
      var mtr = new MathNode("mtr", [mtd]);
      return new MathNode("mtable", [mtr]);
    }
  });
  defineFunction({
    type: "verb",
    names: ["\\verb"],
    props: {
      numArgs: 0,
      allowedInText: true
    },
    handler: function handler(context, args, optArgs) {
      // \verb and \verb* are dealt with directly in Parser.js.
      // If we end up here, it's because of a failure to match the two delimiters
      // in the regex in Lexer.js.  LaTeX raises the following error when \verb is
      // terminated by end of line (or file).
      throw new ParseError("\\verb ended by end of line instead of matching delimiter");
    },
    mathmlBuilder: function mathmlBuilder(group, style) {
      var text = new TextNode(makeVerb(group));
      var node = new MathNode("mtext", [text]);
      node.setAttribute("mathvariant", "monospace");
      return node;
    }
  });

  /**
   * Converts verb group into body string.
   *
   * \verb* replaces each space with an open box \u2423
   * \verb replaces each space with a no-break space \xA0
   */
  var makeVerb = function makeVerb(group) {
    return group.body.replace(/ /g, group.star ? "\u2423" : "\xA0");
  };

  /** Include this to ensure that all functions are defined. */

  var functions = _functions;

  /**
   * The Lexer class handles tokenizing the input in various ways. Since our
   * parser expects us to be able to backtrack, the lexer allows lexing from any
   * given starting point.
   *
   * Its main exposed function is the `lex` function, which takes a position to
   * lex from and a type of token to lex. It defers to the appropriate `_innerLex`
   * function.
   *
   * The various `_innerLex` functions perform the actual lexing of different
   * kinds.
   */

  /* The following tokenRegex
   * - matches typical whitespace (but not NBSP etc.) using its first two groups
   * - does not match any control character \x00-\x1f except whitespace
   * - does not match a bare backslash
   * - matches any ASCII character except those just mentioned
   * - does not match the BMP private use area \uE000-\uF8FF
   * - does not match bare surrogate code units
   * - matches any BMP character except for those just described
   * - matches any valid Unicode surrogate pair
   * - mathches numerals
   * - matches a backslash followed by one or more whitespace characters
   * - matches a backslash followed by one or more letters then whitespace
   * - matches a backslash followed by any BMP character
   * Capturing groups:
   *   [1] regular whitespace
   *   [2] backslash followed by whitespace
   *   [3] anything else, which may include:
   *     [4] left character of \verb*
   *     [5] left character of \verb
   *     [6] backslash followed by word, excluding any trailing whitespace
   * Just because the Lexer matches something doesn't mean it's valid input:
   * If there is no matching function or symbol definition, the Parser will
   * still reject the input.
   */
  var spaceRegexString = "[ \r\n\t]";
  var controlWordRegexString = "\\\\[a-zA-Z@]+";
  var controlSymbolRegexString = "\\\\[^\uD800-\uDFFF]";
  var controlWordWhitespaceRegexString = "(" + controlWordRegexString + ")" + spaceRegexString + "*";
  var controlSpaceRegexString = "\\\\(\n|[ \r\t]+\n?)[ \r\t]*";
  var combiningDiacriticalMarkString = "[\u0300-\u036F]";
  var combiningDiacriticalMarksEndRegex = new RegExp(combiningDiacriticalMarkString + "+$");
  var tokenRegexString = "(" + spaceRegexString + "+)|" + (// whitespace
  controlSpaceRegexString + "|") +
  // whitespace
  "([!-\\[\\]-\u2027\u202A-\uD7FF\uF900-\uFFFF]" + (// single codepoint
  combiningDiacriticalMarkString + "*") +
  // ...plus accents
  "|[\uD800-\uDBFF][\uDC00-\uDFFF]" + (// surrogate pair
  combiningDiacriticalMarkString + "*") +
  // ...plus accents
  "|\\\\verb\\*([^]).*?\\4" +
  // \verb*
  "|\\\\verb([^*a-zA-Z]).*?\\5" + (// \verb unstarred
  "|" + controlWordWhitespaceRegexString) + (// \macroName + spaces
  "|" + controlSymbolRegexString + ")"); // \\, \', etc.

  /** Main Lexer class */
  var Lexer = /*#__PURE__*/function () {
    function Lexer(input, settings) {
      // Separate accents from characters
      this.input = input;
      this.settings = settings;
      this.tokenRegex = new RegExp(tokenRegexString, 'g');
      // Category codes. The lexer only supports comment characters (14) for now.
      // MacroExpander additionally distinguishes active (13).
      this.catcodes = {
        "%": 14,
        // comment character
        "~": 13 // active character
      };
    }
    var _proto0 = Lexer.prototype;
    _proto0.setCatcode = function setCatcode(char, code) {
      this.catcodes[char] = code;
    }

    /**
     * This function lexes a single token.
     */;
    _proto0.lex = function lex() {
      var input = this.input;
      var pos = this.tokenRegex.lastIndex;
      if (pos === input.length) {
        return new Token("EOF", new SourceLocation(this, pos, pos));
      }
      var match = this.tokenRegex.exec(input);
      if (match === null || match.index !== pos) {
        throw new ParseError("Unexpected character: '" + input[pos] + "'", new Token(input[pos], new SourceLocation(this, pos, pos + 1)));
      }
      var text = match[6] || match[3] || (match[2] ? "\\ " : " ");
      if (this.catcodes[text] === 14) {
        // comment character
        var nlIndex = input.indexOf("\n", this.tokenRegex.lastIndex);
        if (nlIndex === -1) {
          this.tokenRegex.lastIndex = input.length; // EOF
          if (this.settings.strict) {
            throw new ParseError("% comment has no terminating newline; LaTeX would " + "fail because of commenting the end of math mode");
          }
        } else {
          this.tokenRegex.lastIndex = nlIndex + 1;
        }
        return this.lex();
      }
      return new Token(text, new SourceLocation(this, pos, this.tokenRegex.lastIndex));
    };
    return Lexer;
  }();
  /**
   * A `Namespace` refers to a space of nameable things like macros or lengths,
   * which can be `set` either globally or local to a nested group, using an
   * undo stack similar to how TeX implements this functionality.
   * Performance-wise, `get` and local `set` take constant time, while global
   * `set` takes time proportional to the depth of group nesting.
   */
  var Namespace = /*#__PURE__*/function () {
    /**
     * Both arguments are optional.  The first argument is an object of
     * built-in mappings which never change.  The second argument is an object
     * of initial (global-level) mappings, which will constantly change
     * according to any global/top-level `set`s done.
     */
    function Namespace(builtins, globalMacros) {
      if (builtins === void 0) {
        builtins = Object.create(null);
      }
      if (globalMacros === void 0) {
        globalMacros = Object.create(null);
      }
      this.current = globalMacros;
      this.builtins = builtins;
      this.undefStack = [];
    }

    /**
     * Start a new nested group, affecting future local `set`s.
     */
    var _proto1 = Namespace.prototype;
    _proto1.beginGroup = function beginGroup() {
      this.undefStack.push(Object.create(null));
    }

    /**
     * End current nested group, restoring values before the group began.
     */;
    _proto1.endGroup = function endGroup() {
      if (this.undefStack.length === 0) {
        throw new ParseError("Unbalanced namespace destruction: attempt " + "to pop global namespace; please report this as a bug");
      }
      var undefs = this.undefStack.pop();
      for (var undef in undefs) {
        if (Object.prototype.hasOwnProperty.call(undefs, undef)) {
          if (undefs[undef] === undefined) {
            delete this.current[undef];
          } else {
            this.current[undef] = undefs[undef];
          }
        }
      }
    }

    /**
     * Detect whether `name` has a definition.  Equivalent to
     * `get(name) != null`.
     */;
    _proto1.has = function has(name) {
      return Object.prototype.hasOwnProperty.call(this.current, name) || Object.prototype.hasOwnProperty.call(this.builtins, name);
    }

    /**
     * Get the current value of a name, or `undefined` if there is no value.
     *
     * Note: Do not use `if (namespace.get(...))` to detect whether a macro
     * is defined, as the definition may be the empty string which evaluates
     * to `false` in JavaScript.  Use `if (namespace.get(...) != null)` or
     * `if (namespace.has(...))`.
     */;
    _proto1.get = function get(name) {
      if (Object.prototype.hasOwnProperty.call(this.current, name)) {
        return this.current[name];
      } else {
        return this.builtins[name];
      }
    }

    /**
     * Set the current value of a name, and optionally set it globally too.
     * Local set() sets the current value and (when appropriate) adds an undo
     * operation to the undo stack.  Global set() may change the undo
     * operation at every level, so takes time linear in their number.
     */;
    _proto1.set = function set(name, value, global) {
      if (global === void 0) {
        global = false;
      }
      if (global) {
        // Global set is equivalent to setting in all groups.  Simulate this
        // by destroying any undos currently scheduled for this name,
        // and adding an undo with the *new* value (in case it later gets
        // locally reset within this environment).
        for (var _i36 = 0; _i36 < this.undefStack.length; _i36++) {
          delete this.undefStack[_i36][name];
        }
        if (this.undefStack.length > 0) {
          this.undefStack[this.undefStack.length - 1][name] = value;
        }
      } else {
        // Undo this set at end of this group (possibly to `undefined`),
        // unless an undo is already in place, in which case that older
        // value is the correct one.
        var top = this.undefStack[this.undefStack.length - 1];
        if (top && !Object.prototype.hasOwnProperty.call(top, name)) {
          top[name] = this.current[name];
        }
      }
      this.current[name] = value;
    };
    return Namespace;
  }();
  /**
   * This file contains the “gullet” where macros are expanded
   * until only non-macro tokens remain.
   */
  // List of commands that act like macros but aren't defined as a macro,
  // function, or symbol.  Used in `isDefined`.
  var implicitCommands = {
    "^": true,
    // Parser.js
    _: true,
    // Parser.js
    "\\limits": true,
    // Parser.js
    "\\nolimits": true // Parser.js
  };
  var MacroExpander = /*#__PURE__*/function () {
    function MacroExpander(input, settings, mode) {
      this.settings = settings;
      this.expansionCount = 0;
      this.feed(input);
      // Make new global namespace
      this.macros = new Namespace(macros, settings.macros);
      this.mode = mode;
      this.stack = []; // contains tokens in REVERSE order
    }

    /**
     * Feed a new input string to the same MacroExpander
     * (with existing macros etc.).
     */
    var _proto10 = MacroExpander.prototype;
    _proto10.feed = function feed(input) {
      this.lexer = new Lexer(input, this.settings);
    }

    /**
     * Switches between "text" and "math" modes.
     */;
    _proto10.switchMode = function switchMode(newMode) {
      this.mode = newMode;
    }

    /**
     * Start a new group nesting within all namespaces.
     */;
    _proto10.beginGroup = function beginGroup() {
      this.macros.beginGroup();
    }

    /**
     * End current group nesting within all namespaces.
     */;
    _proto10.endGroup = function endGroup() {
      this.macros.endGroup();
    }

    /**
     * Returns the topmost token on the stack, without expanding it.
     * Similar in behavior to TeX's `\futurelet`.
     */;
    _proto10.future = function future() {
      if (this.stack.length === 0) {
        this.pushToken(this.lexer.lex());
      }
      return this.stack[this.stack.length - 1];
    }

    /**
     * Remove and return the next unexpanded token.
     */;
    _proto10.popToken = function popToken() {
      this.future(); // ensure non-empty stack
      return this.stack.pop();
    }

    /**
     * Add a given token to the token stack.  In particular, this get be used
     * to put back a token returned from one of the other methods.
     */;
    _proto10.pushToken = function pushToken(token) {
      this.stack.push(token);
    }

    /**
     * Append an array of tokens to the token stack.
     */;
    _proto10.pushTokens = function pushTokens(tokens) {
      var _this$stack;
      (_this$stack = this.stack).push.apply(_this$stack, tokens);
    }

    /**
     * Find an macro argument without expanding tokens and append the array of
     * tokens to the token stack. Uses Token as a container for the result.
     */;
    _proto10.scanArgument = function scanArgument(isOptional) {
      var start;
      var end;
      var tokens;
      if (isOptional) {
        this.consumeSpaces(); // \@ifnextchar gobbles any space following it
        if (this.future().text !== "[") {
          return null;
        }
        start = this.popToken(); // don't include [ in tokens
        var _this$consumeArg = this.consumeArg(["]"]);
        tokens = _this$consumeArg.tokens;
        end = _this$consumeArg.end;
      } else {
        var _this$consumeArg2 = this.consumeArg();
        tokens = _this$consumeArg2.tokens;
        start = _this$consumeArg2.start;
        end = _this$consumeArg2.end;
      }

      // indicate the end of an argument
      this.pushToken(new Token("EOF", end.loc));
      this.pushTokens(tokens);
      return new Token("", SourceLocation.range(start, end));
    }

    /**
     * Consume all following space tokens, without expansion.
     */;
    _proto10.consumeSpaces = function consumeSpaces() {
      for (;;) {
        var token = this.future();
        if (token.text === " ") {
          this.stack.pop();
        } else {
          break;
        }
      }
    }

    /**
     * Consume an argument from the token stream, and return the resulting array
     * of tokens and start/end token.
     */;
    _proto10.consumeArg = function consumeArg(delims) {
      // The argument for a delimited parameter is the shortest (possibly
      // empty) sequence of tokens with properly nested {...} groups that is
      // followed ... by this particular list of non-parameter tokens.
      // The argument for an undelimited parameter is the next nonblank
      // token, unless that token is ‘{’, when the argument will be the
      // entire {...} group that follows.
      var tokens = [];
      var isDelimited = delims && delims.length > 0;
      if (!isDelimited) {
        // Ignore spaces between arguments.  As the TeXbook says:
        // "After you have said ‘\def\row#1#2{...}’, you are allowed to
        //  put spaces between the arguments (e.g., ‘\row x n’), because
        //  TeX doesn’t use single spaces as undelimited arguments."
        this.consumeSpaces();
      }
      var start = this.future();
      var tok;
      var depth = 0;
      var match = 0;
      do {
        tok = this.popToken();
        tokens.push(tok);
        if (tok.text === "{") {
          ++depth;
        } else if (tok.text === "}") {
          --depth;
          if (depth === -1) {
            throw new ParseError("Extra }", tok);
          }
        } else if (tok.text === "EOF") {
          throw new ParseError("Unexpected end of input in a macro argument" + ", expected '" + (delims && isDelimited ? delims[match] : "}") + "'", tok);
        }
        if (delims && isDelimited) {
          if ((depth === 0 || depth === 1 && delims[match] === "{") && tok.text === delims[match]) {
            ++match;
            if (match === delims.length) {
              // don't include delims in tokens
              tokens.splice(-match, match);
              break;
            }
          } else {
            match = 0;
          }
        }
      } while (depth !== 0 || isDelimited);
      // If the argument found ... has the form ‘{<nested tokens>}’,
      // ... the outermost braces enclosing the argument are removed
      if (start.text === "{" && tokens[tokens.length - 1].text === "}") {
        tokens.pop();
        tokens.shift();
      }
      tokens.reverse(); // to fit in with stack order
      return {
        tokens: tokens,
        start: start,
        end: tok
      };
    }

    /**
     * Consume the specified number of (delimited) arguments from the token
     * stream and return the resulting array of arguments.
     */;
    _proto10.consumeArgs = function consumeArgs(numArgs, delimiters) {
      if (delimiters) {
        if (delimiters.length !== numArgs + 1) {
          throw new ParseError("The length of delimiters doesn't match the number of args!");
        }
        var delims = delimiters[0];
        for (var _i37 = 0; _i37 < delims.length; _i37++) {
          var tok = this.popToken();
          if (delims[_i37] !== tok.text) {
            throw new ParseError("Use of the macro doesn't match its definition", tok);
          }
        }
      }
      var args = [];
      for (var _i38 = 0; _i38 < numArgs; _i38++) {
        args.push(this.consumeArg(delimiters && delimiters[_i38 + 1]).tokens);
      }
      return args;
    }

    /**
     * Expand the next token only once if possible.
     *
     * If the token is expanded, the resulting tokens will be pushed onto
     * the stack in reverse order, and the number of such tokens will be
     * returned.  This number might be zero or positive.
     *
     * If not, the return value is `false`, and the next token remains at the
     * top of the stack.
     *
     * In either case, the next token will be on the top of the stack,
     * or the stack will be empty (in case of empty expansion
     * and no other tokens).
     *
     * Used to implement `expandAfterFuture` and `expandNextToken`.
     *
     * If expandableOnly, only expandable tokens are expanded and
     * an undefined control sequence results in an error.
     */;
    _proto10.expandOnce = function expandOnce(expandableOnly) {
      var topToken = this.popToken();
      var name = topToken.text;
      var expansion = !topToken.noexpand ? this._getExpansion(name) : null;
      if (expansion == null || expandableOnly && expansion.unexpandable) {
        if (expandableOnly && expansion == null && name[0] === "\\" && !this.isDefined(name)) {
          throw new ParseError("Undefined control sequence: " + name);
        }
        this.pushToken(topToken);
        return false;
      }
      this.expansionCount++;
      if (this.expansionCount > this.settings.maxExpand) {
        throw new ParseError("Too many expansions: infinite loop or " + "need to increase maxExpand setting");
      }
      var tokens = expansion.tokens;
      var args = this.consumeArgs(expansion.numArgs, expansion.delimiters);
      if (expansion.numArgs) {
        // paste arguments in place of the placeholders
        tokens = tokens.slice(); // make a shallow copy
        for (var _i39 = tokens.length - 1; _i39 >= 0; --_i39) {
          var tok = tokens[_i39];
          if (tok.text === "#") {
            if (_i39 === 0) {
              throw new ParseError("Incomplete placeholder at end of macro body", tok);
            }
            tok = tokens[--_i39]; // next token on stack
            if (tok.text === "#") {
              // ## → #
              tokens.splice(_i39 + 1, 1); // drop first #
            } else if (/^[1-9]$/.test(tok.text)) {
              var _tokens;
              // replace the placeholder with the indicated argument
              _callSpread((_tokens = tokens).splice, _tokens, [_i39, 2].concat(args[+tok.text - 1]));
            } else {
              throw new ParseError("Not a valid argument number", tok);
            }
          }
        }
      }
      // Concatenate expansion onto top of stack.
      this.pushTokens(tokens);
      return tokens.length;
    }

    /**
     * Expand the next token only once (if possible), and return the resulting
     * top token on the stack (without removing anything from the stack).
     * Similar in behavior to TeX's `\expandafter\futurelet`.
     * Equivalent to expandOnce() followed by future().
     */;
    _proto10.expandAfterFuture = function expandAfterFuture() {
      this.expandOnce();
      return this.future();
    }

    /**
     * Recursively expand first token, then return first non-expandable token.
     */;
    _proto10.expandNextToken = function expandNextToken() {
      for (;;) {
        if (this.expandOnce() === false) {
          // fully expanded
          var token = this.stack.pop();
          // The token after \noexpand is interpreted as if its meaning were ‘\relax’
          if (token.treatAsRelax) {
            token.text = "\\relax";
          }
          return token;
        }
      }

      // This pathway is impossible.
      throw new Error(); // eslint-disable-line no-unreachable
    }

    /**
     * Fully expand the given macro name and return the resulting list of
     * tokens, or return `undefined` if no such macro is defined.
     */;
    _proto10.expandMacro = function expandMacro(name) {
      return this.macros.has(name) ? this.expandTokens([new Token(name)]) : undefined;
    }

    /**
     * Fully expand the given token stream and return the resulting list of
     * tokens.  Note that the input tokens are in reverse order, but the
     * output tokens are in forward order.
     */;
    _proto10.expandTokens = function expandTokens(tokens) {
      var output = [];
      var oldStackLength = this.stack.length;
      this.pushTokens(tokens);
      while (this.stack.length > oldStackLength) {
        // Expand only expandable tokens
        if (this.expandOnce(true) === false) {
          // fully expanded
          var token = this.stack.pop();
          if (token.treatAsRelax) {
            // the expansion of \noexpand is the token itself
            token.noexpand = false;
            token.treatAsRelax = false;
          }
          output.push(token);
        }
      }
      return output;
    }

    /**
     * Fully expand the given macro name and return the result as a string,
     * or return `undefined` if no such macro is defined.
     */;
    _proto10.expandMacroAsText = function expandMacroAsText(name) {
      var tokens = this.expandMacro(name);
      if (tokens) {
        return tokens.map(function (token) {
          return token.text;
        }).join("");
      } else {
        return tokens;
      }
    }

    /**
     * Returns the expanded macro as a reversed array of tokens and a macro
     * argument count.  Or returns `null` if no such macro.
     */;
    _proto10._getExpansion = function _getExpansion(name) {
      var definition = this.macros.get(name);
      if (definition == null) {
        // mainly checking for undefined here
        return definition;
      }
      // If a single character has an associated catcode other than 13
      // (active character), then don't expand it.
      if (name.length === 1) {
        var catcode = this.lexer.catcodes[name];
        if (catcode != null && catcode !== 13) {
          return;
        }
      }
      var expansion = typeof definition === "function" ? definition(this) : definition;
      if (typeof expansion === "string") {
        var numArgs = 0;
        if (expansion.indexOf("#") !== -1) {
          var stripped = expansion.replace(/##/g, "");
          while (stripped.indexOf("#" + (numArgs + 1)) !== -1) {
            ++numArgs;
          }
        }
        var bodyLexer = new Lexer(expansion, this.settings);
        var tokens = [];
        var tok = bodyLexer.lex();
        while (tok.text !== "EOF") {
          tokens.push(tok);
          tok = bodyLexer.lex();
        }
        tokens.reverse(); // to fit in with stack using push and pop
        var expanded = {
          tokens: tokens,
          numArgs: numArgs
        };
        return expanded;
      }
      return expansion;
    }

    /**
     * Determine whether a command is currently "defined" (has some
     * functionality), meaning that it's a macro (in the current group),
     * a function, a symbol, or one of the special commands listed in
     * `implicitCommands`.
     */;
    _proto10.isDefined = function isDefined(name) {
      return this.macros.has(name) || Object.prototype.hasOwnProperty.call(functions, name) || Object.prototype.hasOwnProperty.call(symbols.math, name) || Object.prototype.hasOwnProperty.call(symbols.text, name) || Object.prototype.hasOwnProperty.call(implicitCommands, name);
    }

    /**
     * Determine whether a command is expandable.
     */;
    _proto10.isExpandable = function isExpandable(name) {
      var macro = this.macros.get(name);
      return macro != null ? typeof macro === "string" || typeof macro === "function" || !macro.unexpandable : Object.prototype.hasOwnProperty.call(functions, name) && !functions[name].primitive;
    };
    return MacroExpander;
  }(); // Helpers for Parser.js handling of Unicode (sub|super)script characters.
  var unicodeSubRegEx = /^[₊₋₌₍₎₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ]/;
  var uSubsAndSups = Object.freeze({
    '₊': '+',
    '₋': '-',
    '₌': '=',
    '₍': '(',
    '₎': ')',
    '₀': '0',
    '₁': '1',
    '₂': '2',
    '₃': '3',
    '₄': '4',
    '₅': '5',
    '₆': '6',
    '₇': '7',
    '₈': '8',
    '₉': '9',
    "\u2090": 'a',
    "\u2091": 'e',
    "\u2095": 'h',
    "\u1D62": 'i',
    "\u2C7C": 'j',
    "\u2096": 'k',
    "\u2097": 'l',
    "\u2098": 'm',
    "\u2099": 'n',
    "\u2092": 'o',
    "\u209A": 'p',
    "\u1D63": 'r',
    "\u209B": 's',
    "\u209C": 't',
    "\u1D64": 'u',
    "\u1D65": 'v',
    "\u2093": 'x',
    "\u1D66": 'β',
    "\u1D67": 'γ',
    "\u1D68": 'ρ',
    "\u1D69": "\u03D5",
    "\u1D6A": 'χ',
    '⁺': '+',
    '⁻': '-',
    '⁼': '=',
    '⁽': '(',
    '⁾': ')',
    '⁰': '0',
    '¹': '1',
    '²': '2',
    '³': '3',
    '⁴': '4',
    '⁵': '5',
    '⁶': '6',
    '⁷': '7',
    '⁸': '8',
    '⁹': '9',
    "\u1D2C": 'A',
    "\u1D2E": 'B',
    "\u1D30": 'D',
    "\u1D31": 'E',
    "\u1D33": 'G',
    "\u1D34": 'H',
    "\u1D35": 'I',
    "\u1D36": 'J',
    "\u1D37": 'K',
    "\u1D38": 'L',
    "\u1D39": 'M',
    "\u1D3A": 'N',
    "\u1D3C": 'O',
    "\u1D3E": 'P',
    "\u1D3F": 'R',
    "\u1D40": 'T',
    "\u1D41": 'U',
    "\u2C7D": 'V',
    "\u1D42": 'W',
    "\u1D43": 'a',
    "\u1D47": 'b',
    "\u1D9C": 'c',
    "\u1D48": 'd',
    "\u1D49": 'e',
    "\u1DA0": 'f',
    "\u1D4D": 'g',
    "\u02B0": 'h',
    "\u2071": 'i',
    "\u02B2": 'j',
    "\u1D4F": 'k',
    "\u02E1": 'l',
    "\u1D50": 'm',
    "\u207F": 'n',
    "\u1D52": 'o',
    "\u1D56": 'p',
    "\u02B3": 'r',
    "\u02E2": 's',
    "\u1D57": 't',
    "\u1D58": 'u',
    "\u1D5B": 'v',
    "\u02B7": 'w',
    "\u02E3": 'x',
    "\u02B8": 'y',
    "\u1DBB": 'z',
    "\u1D5D": 'β',
    "\u1D5E": 'γ',
    "\u1D5F": 'δ',
    "\u1D60": "\u03D5",
    "\u1D61": 'χ',
    "\u1DBF": 'θ'
  });

  // Used for Unicode input of calligraphic and script letters
  var asciiFromScript = Object.freeze({
    "\uD835\uDC9C": "A",
    "\u212C": "B",
    "\uD835\uDC9E": "C",
    "\uD835\uDC9F": "D",
    "\u2130": "E",
    "\u2131": "F",
    "\uD835\uDCA2": "G",
    "\u210B": "H",
    "\u2110": "I",
    "\uD835\uDCA5": "J",
    "\uD835\uDCA6": "K",
    "\u2112": "L",
    "\u2133": "M",
    "\uD835\uDCA9": "N",
    "\uD835\uDCAA": "O",
    "\uD835\uDCAB": "P",
    "\uD835\uDCAC": "Q",
    "\u211B": "R",
    "\uD835\uDCAE": "S",
    "\uD835\uDCAF": "T",
    "\uD835\uDCB0": "U",
    "\uD835\uDCB1": "V",
    "\uD835\uDCB2": "W",
    "\uD835\uDCB3": "X",
    "\uD835\uDCB4": "Y",
    "\uD835\uDCB5": "Z"
  });

  // Mapping of Unicode accent characters to their LaTeX equivalent in text and
  // math mode (when they exist).
  var unicodeAccents = {
    "\u0301": {
      text: "\\'",
      math: "\\acute"
    },
    "\u0300": {
      text: "\\`",
      math: "\\grave"
    },
    "\u0308": {
      text: '\\"',
      math: "\\ddot"
    },
    "\u0303": {
      text: "\\~",
      math: "\\tilde"
    },
    "\u0304": {
      text: "\\=",
      math: "\\bar"
    },
    "\u0306": {
      text: "\\u",
      math: "\\breve"
    },
    "\u030C": {
      text: "\\v",
      math: "\\check"
    },
    "\u0302": {
      text: "\\^",
      math: "\\hat"
    },
    "\u0307": {
      text: "\\.",
      math: "\\dot"
    },
    "\u030A": {
      text: "\\r",
      math: "\\mathring"
    },
    "\u030B": {
      text: "\\H"
    },
    "\u0327": {
      text: '\\c'
    }
  };
  var unicodeSymbols = {
    "á": "á",
    "à": "à",
    "ä": "ä",
    "ǟ": "ǟ",
    "ã": "ã",
    "ā": "ā",
    "ă": "ă",
    "ắ": "ắ",
    "ằ": "ằ",
    "ẵ": "ẵ",
    "ǎ": "ǎ",
    "â": "â",
    "ấ": "ấ",
    "ầ": "ầ",
    "ẫ": "ẫ",
    "ȧ": "ȧ",
    "ǡ": "ǡ",
    "å": "å",
    "ǻ": "ǻ",
    "ḃ": "ḃ",
    "ć": "ć",
    "č": "č",
    "ĉ": "ĉ",
    "ċ": "ċ",
    "ď": "ď",
    "ḋ": "ḋ",
    "é": "é",
    "è": "è",
    "ë": "ë",
    "ẽ": "ẽ",
    "ē": "ē",
    "ḗ": "ḗ",
    "ḕ": "ḕ",
    "ĕ": "ĕ",
    "ě": "ě",
    "ê": "ê",
    "ế": "ế",
    "ề": "ề",
    "ễ": "ễ",
    "ė": "ė",
    "ḟ": "ḟ",
    "ǵ": "ǵ",
    "ḡ": "ḡ",
    "ğ": "ğ",
    "ǧ": "ǧ",
    "ĝ": "ĝ",
    "ġ": "ġ",
    "ḧ": "ḧ",
    "ȟ": "ȟ",
    "ĥ": "ĥ",
    "ḣ": "ḣ",
    "í": "í",
    "ì": "ì",
    "ï": "ï",
    "ḯ": "ḯ",
    "ĩ": "ĩ",
    "ī": "ī",
    "ĭ": "ĭ",
    "ǐ": "ǐ",
    "î": "î",
    "ǰ": "ǰ",
    "ĵ": "ĵ",
    "ḱ": "ḱ",
    "ǩ": "ǩ",
    "ĺ": "ĺ",
    "ľ": "ľ",
    "ḿ": "ḿ",
    "ṁ": "ṁ",
    "ń": "ń",
    "ǹ": "ǹ",
    "ñ": "ñ",
    "ň": "ň",
    "ṅ": "ṅ",
    "ó": "ó",
    "ò": "ò",
    "ö": "ö",
    "ȫ": "ȫ",
    "õ": "õ",
    "ṍ": "ṍ",
    "ṏ": "ṏ",
    "ȭ": "ȭ",
    "ō": "ō",
    "ṓ": "ṓ",
    "ṑ": "ṑ",
    "ŏ": "ŏ",
    "ǒ": "ǒ",
    "ô": "ô",
    "ố": "ố",
    "ồ": "ồ",
    "ỗ": "ỗ",
    "ȯ": "ȯ",
    "ȱ": "ȱ",
    "ő": "ő",
    "ṕ": "ṕ",
    "ṗ": "ṗ",
    "ŕ": "ŕ",
    "ř": "ř",
    "ṙ": "ṙ",
    "ś": "ś",
    "ṥ": "ṥ",
    "š": "š",
    "ṧ": "ṧ",
    "ŝ": "ŝ",
    "ṡ": "ṡ",
    "ẗ": "ẗ",
    "ť": "ť",
    "ṫ": "ṫ",
    "ú": "ú",
    "ù": "ù",
    "ü": "ü",
    "ǘ": "ǘ",
    "ǜ": "ǜ",
    "ǖ": "ǖ",
    "ǚ": "ǚ",
    "ũ": "ũ",
    "ṹ": "ṹ",
    "ū": "ū",
    "ṻ": "ṻ",
    "ŭ": "ŭ",
    "ǔ": "ǔ",
    "û": "û",
    "ů": "ů",
    "ű": "ű",
    "ṽ": "ṽ",
    "ẃ": "ẃ",
    "ẁ": "ẁ",
    "ẅ": "ẅ",
    "ŵ": "ŵ",
    "ẇ": "ẇ",
    "ẘ": "ẘ",
    "ẍ": "ẍ",
    "ẋ": "ẋ",
    "ý": "ý",
    "ỳ": "ỳ",
    "ÿ": "ÿ",
    "ỹ": "ỹ",
    "ȳ": "ȳ",
    "ŷ": "ŷ",
    "ẏ": "ẏ",
    "ẙ": "ẙ",
    "ź": "ź",
    "ž": "ž",
    "ẑ": "ẑ",
    "ż": "ż",
    "Á": "Á",
    "À": "À",
    "Ä": "Ä",
    "Ǟ": "Ǟ",
    "Ã": "Ã",
    "Ā": "Ā",
    "Ă": "Ă",
    "Ắ": "Ắ",
    "Ằ": "Ằ",
    "Ẵ": "Ẵ",
    "Ǎ": "Ǎ",
    "Â": "Â",
    "Ấ": "Ấ",
    "Ầ": "Ầ",
    "Ẫ": "Ẫ",
    "Ȧ": "Ȧ",
    "Ǡ": "Ǡ",
    "Å": "Å",
    "Ǻ": "Ǻ",
    "Ḃ": "Ḃ",
    "Ć": "Ć",
    "Č": "Č",
    "Ĉ": "Ĉ",
    "Ċ": "Ċ",
    "Ď": "Ď",
    "Ḋ": "Ḋ",
    "É": "É",
    "È": "È",
    "Ë": "Ë",
    "Ẽ": "Ẽ",
    "Ē": "Ē",
    "Ḗ": "Ḗ",
    "Ḕ": "Ḕ",
    "Ĕ": "Ĕ",
    "Ě": "Ě",
    "Ê": "Ê",
    "Ế": "Ế",
    "Ề": "Ề",
    "Ễ": "Ễ",
    "Ė": "Ė",
    "Ḟ": "Ḟ",
    "Ǵ": "Ǵ",
    "Ḡ": "Ḡ",
    "Ğ": "Ğ",
    "Ǧ": "Ǧ",
    "Ĝ": "Ĝ",
    "Ġ": "Ġ",
    "Ḧ": "Ḧ",
    "Ȟ": "Ȟ",
    "Ĥ": "Ĥ",
    "Ḣ": "Ḣ",
    "Í": "Í",
    "Ì": "Ì",
    "Ï": "Ï",
    "Ḯ": "Ḯ",
    "Ĩ": "Ĩ",
    "Ī": "Ī",
    "Ĭ": "Ĭ",
    "Ǐ": "Ǐ",
    "Î": "Î",
    "İ": "İ",
    "Ĵ": "Ĵ",
    "Ḱ": "Ḱ",
    "Ǩ": "Ǩ",
    "Ĺ": "Ĺ",
    "Ľ": "Ľ",
    "Ḿ": "Ḿ",
    "Ṁ": "Ṁ",
    "Ń": "Ń",
    "Ǹ": "Ǹ",
    "Ñ": "Ñ",
    "Ň": "Ň",
    "Ṅ": "Ṅ",
    "Ó": "Ó",
    "Ò": "Ò",
    "Ö": "Ö",
    "Ȫ": "Ȫ",
    "Õ": "Õ",
    "Ṍ": "Ṍ",
    "Ṏ": "Ṏ",
    "Ȭ": "Ȭ",
    "Ō": "Ō",
    "Ṓ": "Ṓ",
    "Ṑ": "Ṑ",
    "Ŏ": "Ŏ",
    "Ǒ": "Ǒ",
    "Ô": "Ô",
    "Ố": "Ố",
    "Ồ": "Ồ",
    "Ỗ": "Ỗ",
    "Ȯ": "Ȯ",
    "Ȱ": "Ȱ",
    "Ő": "Ő",
    "Ṕ": "Ṕ",
    "Ṗ": "Ṗ",
    "Ŕ": "Ŕ",
    "Ř": "Ř",
    "Ṙ": "Ṙ",
    "Ś": "Ś",
    "Ṥ": "Ṥ",
    "Š": "Š",
    "Ṧ": "Ṧ",
    "Ŝ": "Ŝ",
    "Ṡ": "Ṡ",
    "Ť": "Ť",
    "Ṫ": "Ṫ",
    "Ú": "Ú",
    "Ù": "Ù",
    "Ü": "Ü",
    "Ǘ": "Ǘ",
    "Ǜ": "Ǜ",
    "Ǖ": "Ǖ",
    "Ǚ": "Ǚ",
    "Ũ": "Ũ",
    "Ṹ": "Ṹ",
    "Ū": "Ū",
    "Ṻ": "Ṻ",
    "Ŭ": "Ŭ",
    "Ǔ": "Ǔ",
    "Û": "Û",
    "Ů": "Ů",
    "Ű": "Ű",
    "Ṽ": "Ṽ",
    "Ẃ": "Ẃ",
    "Ẁ": "Ẁ",
    "Ẅ": "Ẅ",
    "Ŵ": "Ŵ",
    "Ẇ": "Ẇ",
    "Ẍ": "Ẍ",
    "Ẋ": "Ẋ",
    "Ý": "Ý",
    "Ỳ": "Ỳ",
    "Ÿ": "Ÿ",
    "Ỹ": "Ỹ",
    "Ȳ": "Ȳ",
    "Ŷ": "Ŷ",
    "Ẏ": "Ẏ",
    "Ź": "Ź",
    "Ž": "Ž",
    "Ẑ": "Ẑ",
    "Ż": "Ż",
    "ά": "ά",
    "ὰ": "ὰ",
    "ᾱ": "ᾱ",
    "ᾰ": "ᾰ",
    "έ": "έ",
    "ὲ": "ὲ",
    "ή": "ή",
    "ὴ": "ὴ",
    "ί": "ί",
    "ὶ": "ὶ",
    "ϊ": "ϊ",
    "ΐ": "ΐ",
    "ῒ": "ῒ",
    "ῑ": "ῑ",
    "ῐ": "ῐ",
    "ό": "ό",
    "ὸ": "ὸ",
    "ύ": "ύ",
    "ὺ": "ὺ",
    "ϋ": "ϋ",
    "ΰ": "ΰ",
    "ῢ": "ῢ",
    "ῡ": "ῡ",
    "ῠ": "ῠ",
    "ώ": "ώ",
    "ὼ": "ὼ",
    "Ύ": "Ύ",
    "Ὺ": "Ὺ",
    "Ϋ": "Ϋ",
    "Ῡ": "Ῡ",
    "Ῠ": "Ῠ",
    "Ώ": "Ώ",
    "Ὼ": "Ὼ"
  };

  /* eslint no-constant-condition:0 */

  var binLeftCancellers = ["bin", "op", "open", "punct", "rel"];
  var sizeRegEx = /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/;
  var textRegEx = /^ *\\text/;

  /**
   * This file contains the parser used to parse out a TeX expression from the
   * input. Since TeX isn't context-free, standard parsers don't work particularly
   * well.
   *
   * The strategy of this parser is as such:
   *
   * The main functions (the `.parse...` ones) take a position in the current
   * parse string to parse tokens from. The lexer (found in Lexer.js, stored at
   * this.gullet.lexer) also supports pulling out tokens at arbitrary places. When
   * individual tokens are needed at a position, the lexer is called to pull out a
   * token, which is then used.
   *
   * The parser has a property called "mode" indicating the mode that
   * the parser is currently in. Currently it has to be one of "math" or
   * "text", which denotes whether the current environment is a math-y
   * one or a text-y one (e.g. inside \text). Currently, this serves to
   * limit the functions which can be used in text mode.
   *
   * The main functions then return an object which contains the useful data that
   * was parsed at its given point, and a new position at the end of the parsed
   * data. The main functions can call each other and continue the parsing by
   * using the returned position as a new starting point.
   *
   * There are also extra `.handle...` functions, which pull out some reused
   * functionality into self-contained functions.
   *
   * The functions return ParseNodes.
   */
  var Parser = /*#__PURE__*/function () {
    function Parser(input, settings, isPreamble) {
      if (isPreamble === void 0) {
        isPreamble = false;
      }
      // Start in math mode
      this.mode = "math";
      // Create a new macro expander (gullet) and (indirectly via that) also a
      // new lexer (mouth) for this parser (stomach, in the language of TeX)
      this.gullet = new MacroExpander(input, settings, this.mode);
      // Store the settings for use in parsing
      this.settings = settings;
      // Are we defining a preamble?
      this.isPreamble = isPreamble;
      // Count leftright depth (for \middle errors)
      this.leftrightDepth = 0;
      this.prevAtomType = "";
    }

    /**
     * Checks a result to make sure it has the right type, and throws an
     * appropriate error otherwise.
     */
    var _proto11 = Parser.prototype;
    _proto11.expect = function expect(text, consume) {
      if (consume === void 0) {
        consume = true;
      }
      if (this.fetch().text !== text) {
        throw new ParseError("Expected '" + text + "', got '" + this.fetch().text + "'", this.fetch());
      }
      if (consume) {
        this.consume();
      }
    }

    /**
     * Discards the current lookahead token, considering it consumed.
     */;
    _proto11.consume = function consume() {
      this.nextToken = null;
    }

    /**
     * Return the current lookahead token, or if there isn't one (at the
     * beginning, or if the previous lookahead token was consume()d),
     * fetch the next token as the new lookahead token and return it.
     */;
    _proto11.fetch = function fetch() {
      if (this.nextToken == null) {
        this.nextToken = this.gullet.expandNextToken();
      }
      return this.nextToken;
    }

    /**
     * Switches between "text" and "math" modes.
     */;
    _proto11.switchMode = function switchMode(newMode) {
      this.mode = newMode;
      this.gullet.switchMode(newMode);
    }

    /**
     * Main parsing function, which parses an entire input.
     */;
    _proto11.parse = function parse() {
      // Create a group namespace for every $...$, $$...$$, \[...\].)
      // A \def is then valid only within that pair of delimiters.
      this.gullet.beginGroup();
      if (this.settings.colorIsTextColor) {
        // Use old \color behavior (same as LaTeX's \textcolor) if requested.
        // We do this within the group for the math expression, so it doesn't
        // pollute settings.macros.
        this.gullet.macros.set("\\color", "\\textcolor");
      }

      // Try to parse the input
      var parse = this.parseExpression(false);

      // If we succeeded, make sure there's an EOF at the end
      this.expect("EOF");
      if (this.isPreamble) {
        var _macros2 = Object.create(null);
        Object.entries(this.gullet.macros.current).forEach(function (_ref75) {
          var key = _ref75[0],
            value = _ref75[1];
          _macros2[key] = value;
        });
        this.gullet.endGroup();
        return _macros2;
      }

      // The only local macro that we want to save is from \tag.
      var tag = this.gullet.macros.get("\\df@tag");

      // End the group namespace for the expression
      this.gullet.endGroup();
      if (tag) {
        this.gullet.macros.current["\\df@tag"] = tag;
      }
      return parse;
    };
    _defineAccessor("get", Parser, "endOfExpression", function () {
      return ["}", "\\endgroup", "\\end", "\\right", "\\endtoggle", "&"];
    }

    /**
     * Fully parse a separate sequence of tokens as a separate job.
     * Tokens should be specified in reverse order, as in a MacroDefinition.
     */);
    _proto11.subparse = function subparse(tokens) {
      // Save the next token from the current job.
      var oldToken = this.nextToken;
      this.consume();

      // Run the new job, terminating it with an excess '}'
      this.gullet.pushToken(new Token("}"));
      this.gullet.pushTokens(tokens);
      var parse = this.parseExpression(false);
      this.expect("}");

      // Restore the next token from the current job.
      this.nextToken = oldToken;
      return parse;
    }

    /**
       * Parses an "expression", which is a list of atoms.
       *
       * `breakOnInfix`: Should the parsing stop when we hit infix nodes? This
       *                 happens when functions have higher precedence than infix
       *                 nodes in implicit parses.
       *
       * `breakOnTokenText`: The text of the token that the expression should end
       *                     with, or `null` if something else should end the
       *                     expression.
       *
       * `breakOnMiddle`: \color, \over, and old styling functions work on an implicit group.
       *                  These groups end just before the usual tokens, but they also
       *                  end just before `\middle`.
       */;
    _proto11.parseExpression = function parseExpression(breakOnInfix, breakOnTokenText, breakOnMiddle) {
      var body = [];
      this.prevAtomType = "";
      // Keep adding atoms to the body until we can't parse any more atoms (either
      // we reached the end, a }, or a \right)
      while (true) {
        // Ignore spaces in math mode
        if (this.mode === "math") {
          this.consumeSpaces();
        }
        var lex = this.fetch();
        if (Parser.endOfExpression.indexOf(lex.text) !== -1) {
          break;
        }
        if (breakOnTokenText && lex.text === breakOnTokenText) {
          break;
        }
        if (breakOnMiddle && lex.text === "\\middle") {
          break;
        }
        if (breakOnInfix && functions[lex.text] && functions[lex.text].infix) {
          break;
        }
        var atom = this.parseAtom(breakOnTokenText);
        if (!atom) {
          break;
        } else if (atom.type === "internal") {
          // Internal nodes do not appear in parse tree
          continue;
        }
        body.push(atom);
        // Keep a record of the atom type, so that op.js can set correct spacing.
        this.prevAtomType = atom.type === "atom" ? atom.family : atom.type;
      }
      if (this.mode === "text") {
        this.formLigatures(body);
      }
      return this.handleInfixNodes(body);
    }

    /**
     * Rewrites infix operators such as \over with corresponding commands such
     * as \frac.
     *
     * There can only be one infix operator per group.  If there's more than one
     * then the expression is ambiguous.  This can be resolved by adding {}.
     */;
    _proto11.handleInfixNodes = function handleInfixNodes(body) {
      var overIndex = -1;
      var funcName;
      for (var _i40 = 0; _i40 < body.length; _i40++) {
        if (body[_i40].type === "infix") {
          if (overIndex !== -1) {
            throw new ParseError("only one infix operator per group", body[_i40].token);
          }
          overIndex = _i40;
          funcName = body[_i40].replaceWith;
        }
      }
      if (overIndex !== -1 && funcName) {
        var numerNode;
        var denomNode;
        var numerBody = body.slice(0, overIndex);
        var denomBody = body.slice(overIndex + 1);
        if (numerBody.length === 1 && numerBody[0].type === "ordgroup") {
          numerNode = numerBody[0];
        } else {
          numerNode = {
            type: "ordgroup",
            mode: this.mode,
            body: numerBody
          };
        }
        if (denomBody.length === 1 && denomBody[0].type === "ordgroup") {
          denomNode = denomBody[0];
        } else {
          denomNode = {
            type: "ordgroup",
            mode: this.mode,
            body: denomBody
          };
        }
        var node;
        if (funcName === "\\\\abovefrac") {
          node = this.callFunction(funcName, [numerNode, body[overIndex], denomNode], []);
        } else {
          node = this.callFunction(funcName, [numerNode, denomNode], []);
        }
        return [node];
      } else {
        return body;
      }
    }

    /**
     * Handle a subscript or superscript with nice errors.
     */;
    _proto11.handleSupSubscript = function handleSupSubscript(name // For error reporting.
    ) {
      var symbolToken = this.fetch();
      var symbol = symbolToken.text;
      this.consume();
      this.consumeSpaces(); // ignore spaces before sup/subscript argument
      // Skip over allowed internal nodes such as \relax
      var group;
      do {
        group = this.parseGroup(name);
      } while (group.type && group.type === "internal");
      if (!group) {
        throw new ParseError("Expected group after '" + symbol + "'", symbolToken);
      }
      return group;
    }

    /**
     * Converts the textual input of an unsupported command into a text node
     * contained within a color node whose color is determined by errorColor
     */;
    _proto11.formatUnsupportedCmd = function formatUnsupportedCmd(text) {
      var textordArray = [];
      for (var _i41 = 0; _i41 < text.length; _i41++) {
        textordArray.push({
          type: "textord",
          mode: "text",
          text: text[_i41]
        });
      }
      var textNode = {
        type: "text",
        mode: this.mode,
        body: textordArray
      };
      var colorNode = {
        type: "color",
        mode: this.mode,
        color: this.settings.errorColor,
        body: [textNode]
      };
      return colorNode;
    }

    /**
     * Parses a group with optional super/subscripts.
     */;
    _proto11.parseAtom = function parseAtom(breakOnTokenText) {
      // The body of an atom is an implicit group, so that things like
      // \left(x\right)^2 work correctly.
      var base = this.parseGroup("atom", breakOnTokenText);

      // Internal nodes (e.g. \relax) cannot support super/subscripts.
      // Instead we will pick up super/subscripts with blank base next round.
      if (base && base.type === "internal") {
        return base;
      }

      // In text mode, we don't have superscripts or subscripts
      if (this.mode === "text") {
        return base;
      }

      // Note that base may be empty (i.e. null) at this point.

      var superscript;
      var subscript;
      while (true) {
        // Guaranteed in math mode, so eat any spaces first.
        this.consumeSpaces();

        // Lex the first token
        var lex = this.fetch();
        if (lex.text === "\\limits" || lex.text === "\\nolimits") {
          // We got a limit control
          if (base && base.type === "op") {
            var limits = lex.text === "\\limits";
            base.limits = limits;
            base.alwaysHandleSupSub = true;
          } else if (base && base.type === "operatorname") {
            if (base.alwaysHandleSupSub) {
              base.limits = lex.text === "\\limits";
            }
          } else {
            throw new ParseError("Limit controls must follow a math operator", lex);
          }
          this.consume();
        } else if (lex.text === "^") {
          // We got a superscript start
          if (superscript) {
            throw new ParseError("Double superscript", lex);
          }
          superscript = this.handleSupSubscript("superscript");
        } else if (lex.text === "_") {
          // We got a subscript start
          if (subscript) {
            throw new ParseError("Double subscript", lex);
          }
          subscript = this.handleSupSubscript("subscript");
        } else if (lex.text === "'") {
          // We got a prime
          if (superscript) {
            throw new ParseError("Double superscript", lex);
          }
          var prime = {
            type: "textord",
            mode: this.mode,
            text: "\\prime"
          };

          // Many primes can be grouped together, so we handle this here
          var _primes = [prime];
          this.consume();
          // Keep lexing tokens until we get something that's not a prime
          while (this.fetch().text === "'") {
            // For each one, add another prime to the list
            _primes.push(prime);
            this.consume();
          }
          // If there's a superscript following the primes, combine that
          // superscript in with the primes.
          if (this.fetch().text === "^") {
            _primes.push(this.handleSupSubscript("superscript"));
          }
          // Put everything into an ordgroup as the superscript
          superscript = {
            type: "ordgroup",
            mode: this.mode,
            body: _primes
          };
        } else if (uSubsAndSups[lex.text]) {
          // A Unicode subscript or superscript character.
          // We treat these similarly to the unicode-math package.
          // So we render a string of Unicode (sub|super)scripts the
          // same as a (sub|super)script of regular characters.
          var isSub = unicodeSubRegEx.test(lex.text);
          var subsupTokens = [];
          subsupTokens.push(new Token(uSubsAndSups[lex.text]));
          this.consume();
          // Continue fetching tokens to fill out the group.
          while (true) {
            var token = this.fetch().text;
            if (!uSubsAndSups[token]) {
              break;
            }
            if (unicodeSubRegEx.test(token) !== isSub) {
              break;
            }
            subsupTokens.unshift(new Token(uSubsAndSups[token]));
            this.consume();
          }
          // Now create a (sub|super)script.
          var body = this.subparse(subsupTokens);
          if (isSub) {
            subscript = {
              type: "ordgroup",
              mode: "math",
              body: body
            };
          } else {
            superscript = {
              type: "ordgroup",
              mode: "math",
              body: body
            };
          }
        } else {
          // If it wasn't ^, _, a Unicode (sub|super)script, or ', stop parsing super/subscripts
          break;
        }
      }
      if (superscript || subscript) {
        if (base && base.type === "multiscript" && !base.postscripts) {
          // base is the result of a \prescript function.
          // Write the sub- & superscripts into the multiscript element.
          base.postscripts = {
            sup: superscript,
            sub: subscript
          };
          return base;
        } else {
          // We got either a superscript or subscript, create a supsub
          var isFollowedByDelimiter = !base || base.type !== "op" && base.type !== "operatorname" ? undefined : isDelimiter(this.nextToken.text);
          return {
            type: "supsub",
            mode: this.mode,
            base: base,
            sup: superscript,
            sub: subscript,
            isFollowedByDelimiter: isFollowedByDelimiter
          };
        }
      } else {
        // Otherwise return the original body
        return base;
      }
    }

    /**
     * Parses an entire function, including its base and all of its arguments.
     */;
    _proto11.parseFunction = function parseFunction(breakOnTokenText, name // For determining its context
    ) {
      var token = this.fetch();
      var func = token.text;
      var funcData = functions[func];
      if (!funcData) {
        return null;
      }
      this.consume(); // consume command token

      if (name && name !== "atom" && !funcData.allowedInArgument) {
        throw new ParseError("Got function '" + func + "' with no arguments" + (name ? " as " + name : ""), token);
      } else if (this.mode === "text" && !funcData.allowedInText) {
        throw new ParseError("Can't use function '" + func + "' in text mode", token);
      } else if (this.mode === "math" && funcData.allowedInMath === false) {
        throw new ParseError("Can't use function '" + func + "' in math mode", token);
      }
      var prevAtomType = this.prevAtomType;
      var _this$parseArguments = this.parseArguments(func, funcData),
        args = _this$parseArguments.args,
        optArgs = _this$parseArguments.optArgs;
      this.prevAtomType = prevAtomType;
      return this.callFunction(func, args, optArgs, token, breakOnTokenText);
    }

    /**
     * Call a function handler with a suitable context and arguments.
     */;
    _proto11.callFunction = function callFunction(name, args, optArgs, token, breakOnTokenText) {
      var context = {
        funcName: name,
        parser: this,
        token: token,
        breakOnTokenText: breakOnTokenText
      };
      var func = functions[name];
      if (func && func.handler) {
        return func.handler(context, args, optArgs);
      } else {
        throw new ParseError("No function handler for " + name);
      }
    }

    /**
     * Parses the arguments of a function or environment
     */;
    _proto11.parseArguments = function parseArguments(func,
    // Should look like "\name" or "\begin{name}".
    funcData) {
      var totalArgs = funcData.numArgs + funcData.numOptionalArgs;
      if (totalArgs === 0) {
        return {
          args: [],
          optArgs: []
        };
      }
      var args = [];
      var optArgs = [];
      for (var _i42 = 0; _i42 < totalArgs; _i42++) {
        var argType = funcData.argTypes && funcData.argTypes[_i42];
        var isOptional = _i42 < funcData.numOptionalArgs;
        if (funcData.primitive && argType == null ||
        // \sqrt expands into primitive if optional argument doesn't exist
        funcData.type === "sqrt" && _i42 === 1 && optArgs[0] == null) {
          argType = "primitive";
        }
        var arg = this.parseGroupOfType("argument to '" + func + "'", argType, isOptional);
        if (isOptional) {
          optArgs.push(arg);
        } else if (arg != null) {
          args.push(arg);
        } else {
          // should be unreachable
          throw new ParseError("Null argument, please report this as a bug");
        }
      }
      return {
        args: args,
        optArgs: optArgs
      };
    }

    /**
     * Parses a group when the mode is changing.
     */;
    _proto11.parseGroupOfType = function parseGroupOfType(name, type, optional) {
      switch (type) {
        case "size":
          return this.parseSizeGroup(optional);
        case "url":
          return this.parseUrlGroup(optional);
        case "math":
        case "text":
          return this.parseArgumentGroup(optional, type);
        case "hbox":
          {
            // hbox argument type wraps the argument in the equivalent of
            // \hbox, which is like \text but switching to \textstyle size.
            var group = this.parseArgumentGroup(optional, "text");
            return group != null ? {
              type: "styling",
              mode: group.mode,
              body: [group],
              scriptLevel: "text" // simulate \textstyle
            } : null;
          }
        case "raw":
          {
            var token = this.parseStringGroup("raw", optional);
            return token != null ? {
              type: "raw",
              mode: "text",
              string: token.text
            } : null;
          }
        case "primitive":
          {
            if (optional) {
              throw new ParseError("A primitive argument cannot be optional");
            }
            var _group2 = this.parseGroup(name);
            if (_group2 == null) {
              throw new ParseError("Expected group as " + name, this.fetch());
            }
            return _group2;
          }
        case "original":
        case null:
        case undefined:
          return this.parseArgumentGroup(optional);
        default:
          throw new ParseError("Unknown group type as " + name, this.fetch());
      }
    }

    /**
     * Discard any space tokens, fetching the next non-space token.
     */;
    _proto11.consumeSpaces = function consumeSpaces() {
      while (true) {
        var _ch7 = this.fetch().text;
        // \ufe0e is the Unicode variation selector to supress emoji. Ignore it.
        if (_ch7 === " " || _ch7 === "\xA0" || _ch7 === "\uFE0E") {
          this.consume();
        } else {
          break;
        }
      }
    }

    /**
     * Parses a group, essentially returning the string formed by the
     * brace-enclosed tokens plus some position information.
     */;
    _proto11.parseStringGroup = function parseStringGroup(modeName,
    // Used to describe the mode in error messages.
    optional) {
      var argToken = this.gullet.scanArgument(optional);
      if (argToken == null) {
        return null;
      }
      var str = "";
      var nextToken;
      while ((nextToken = this.fetch()).text !== "EOF") {
        str += nextToken.text;
        this.consume();
      }
      this.consume(); // consume the end of the argument
      argToken.text = str;
      return argToken;
    }

    /**
     * Parses a regex-delimited group: the largest sequence of tokens
     * whose concatenated strings match `regex`. Returns the string
     * formed by the tokens plus some position information.
     */;
    _proto11.parseRegexGroup = function parseRegexGroup(regex, modeName // Used to describe the mode in error messages.
    ) {
      var firstToken = this.fetch();
      var lastToken = firstToken;
      var str = "";
      var nextToken;
      while ((nextToken = this.fetch()).text !== "EOF" && regex.test(str + nextToken.text)) {
        lastToken = nextToken;
        str += lastToken.text;
        this.consume();
      }
      if (str === "") {
        throw new ParseError("Invalid " + modeName + ": '" + firstToken.text + "'", firstToken);
      }
      return firstToken.range(lastToken, str);
    }

    /**
     * Parses a size specification, consisting of magnitude and unit.
     */;
    _proto11.parseSizeGroup = function parseSizeGroup(optional) {
      var res;
      var isBlank = false;
      // don't expand before parseStringGroup
      this.gullet.consumeSpaces();
      if (!optional && this.gullet.future().text !== "{") {
        res = this.parseRegexGroup(/^[-+]? *(?:$|\d+|\d+\.\d*|\.\d*) *[a-z]{0,2} *$/, "size");
      } else {
        res = this.parseStringGroup("size", optional);
      }
      if (!res) {
        return null;
      }
      if (!optional && res.text.length === 0) {
        // Because we've tested for what is !optional, this block won't
        // affect \kern, \hspace, etc. It will capture the mandatory arguments
        // to \genfrac and \above.
        res.text = "0pt"; // Enable \above{}
        isBlank = true; // This is here specifically for \genfrac
      }
      var match = sizeRegEx.exec(res.text);
      if (!match) {
        throw new ParseError("Invalid size: '" + res.text + "'", res);
      }
      var data = {
        number: +(match[1] + match[2]),
        // sign + magnitude, cast to number
        unit: match[3]
      };
      if (!validUnit(data)) {
        throw new ParseError("Invalid unit: '" + data.unit + "'", res);
      }
      return {
        type: "size",
        mode: this.mode,
        value: data,
        isBlank: isBlank
      };
    }

    /**
     * Parses an URL, checking escaped letters and allowed protocols,
     * and setting the catcode of % as an active character (as in \hyperref).
     */;
    _proto11.parseUrlGroup = function parseUrlGroup(optional) {
      this.gullet.lexer.setCatcode("%", 13); // active character
      this.gullet.lexer.setCatcode("~", 12); // other character
      var res = this.parseStringGroup("url", optional);
      this.gullet.lexer.setCatcode("%", 14); // comment character
      this.gullet.lexer.setCatcode("~", 13); // active character
      if (res == null) {
        return null;
      }
      // hyperref package allows backslashes alone in href, but doesn't
      // generate valid links in such cases; we interpret this as
      // "undefined" behaviour, and keep them as-is. Some browser will
      // replace backslashes with forward slashes.
      var url = res.text.replace(/\\([#$%&~_^{}])/g, "$1");
      url = res.text.replace(/{\u2044}/g, "/");
      return {
        type: "url",
        mode: this.mode,
        url: url
      };
    }

    /**
     * Parses an argument with the mode specified.
     */;
    _proto11.parseArgumentGroup = function parseArgumentGroup(optional, mode) {
      var argToken = this.gullet.scanArgument(optional);
      if (argToken == null) {
        return null;
      }
      var outerMode = this.mode;
      if (mode) {
        // Switch to specified mode
        this.switchMode(mode);
      }
      this.gullet.beginGroup();
      var expression = this.parseExpression(false, "EOF");
      // TODO: find an alternative way to denote the end
      this.expect("EOF"); // expect the end of the argument
      this.gullet.endGroup();
      var result = {
        type: "ordgroup",
        mode: this.mode,
        loc: argToken.loc,
        body: expression
      };
      if (mode) {
        // Switch mode back
        this.switchMode(outerMode);
      }
      return result;
    }

    /**
     * Parses an ordinary group, which is either a single nucleus (like "x")
     * or an expression in braces (like "{x+y}") or an implicit group, a group
     * that starts at the current position, and ends right before a higher explicit
     * group ends, or at EOF.
     */;
    _proto11.parseGroup = function parseGroup(name,
    // For error reporting.
    breakOnTokenText) {
      var firstToken = this.fetch();
      var text = firstToken.text;
      if (name === "argument to '\\left'") {
        return this.parseSymbol();
      }
      var result;
      // Try to parse an open brace or \begingroup
      if (text === "{" || text === "\\begingroup" || text === "\\toggle") {
        this.consume();
        var groupEnd = text === "{" ? "}" : text === "\\begingroup" ? "\\endgroup" : "\\endtoggle";
        this.gullet.beginGroup();
        // If we get a brace, parse an expression
        var expression = this.parseExpression(false, groupEnd);
        var lastToken = this.fetch();
        this.expect(groupEnd); // Check that we got a matching closing brace
        this.gullet.endGroup();
        result = {
          type: lastToken.text === "\\endtoggle" ? "toggle" : "ordgroup",
          mode: this.mode,
          loc: SourceLocation.range(firstToken, lastToken),
          body: expression,
          // A group formed by \begingroup...\endgroup is a semi-simple group
          // which doesn't affect spacing in math mode, i.e., is transparent.
          // https://tex.stackexchange.com/questions/1930/
          semisimple: text === "\\begingroup" || undefined
        };
      } else {
        // If there exists a function with this name, parse the function.
        // Otherwise, just return a nucleus
        result = this.parseFunction(breakOnTokenText, name) || this.parseSymbol();
        if (result == null && text[0] === "\\" && !Object.prototype.hasOwnProperty.call(implicitCommands, text)) {
          if (this.settings.throwOnError) {
            throw new ParseError("Unsupported function name: " + text, firstToken);
          }
          // For people getting dyanamically rendered math, it's better to
          // show the unsupported command in red rather than panicking for every
          // partially written expression.
          result = this.formatUnsupportedCmd(text);
          this.consume();
        }
      }
      return result;
    }

    /**
     * Form ligature-like combinations of characters for text mode.
     * This includes inputs like "--", "---", "``" and "''".
     * The result will simply replace multiple textord nodes with a single
     * character in each value by a single textord node having multiple
     * characters in its value.  The representation is still ASCII source.
     * The group will be modified in place.
     */;
    _proto11.formLigatures = function formLigatures(group) {
      var n = group.length - 1;
      for (var _i43 = 0; _i43 < n; ++_i43) {
        var a = group[_i43];
        var v = a.text;
        if (v === "-" && group[_i43 + 1].text === "-") {
          if (_i43 + 1 < n && group[_i43 + 2].text === "-") {
            group.splice(_i43, 3, {
              type: "textord",
              mode: "text",
              loc: SourceLocation.range(a, group[_i43 + 2]),
              text: "---"
            });
            n -= 2;
          } else {
            group.splice(_i43, 2, {
              type: "textord",
              mode: "text",
              loc: SourceLocation.range(a, group[_i43 + 1]),
              text: "--"
            });
            n -= 1;
          }
        }
        if ((v === "'" || v === "`") && group[_i43 + 1].text === v) {
          group.splice(_i43, 2, {
            type: "textord",
            mode: "text",
            loc: SourceLocation.range(a, group[_i43 + 1]),
            text: v + v
          });
          n -= 1;
        }
      }
    }

    /**
     * Parse a single symbol out of the string. Here, we handle single character
     * symbols and special functions like \verb.
     */;
    _proto11.parseSymbol = function parseSymbol() {
      var nucleus = this.fetch();
      var text = nucleus.text;
      if (/^\\verb[^a-zA-Z]/.test(text)) {
        this.consume();
        var arg = text.slice(5);
        var star = arg.charAt(0) === "*";
        if (star) {
          arg = arg.slice(1);
        }
        // Lexer's tokenRegex is constructed to always have matching
        // first/last characters.
        if (arg.length < 2 || arg.charAt(0) !== arg.slice(-1)) {
          throw new ParseError("\\verb assertion failed --\n                    please report what input caused this bug");
        }
        arg = arg.slice(1, -1); // remove first and last char
        return {
          type: "verb",
          mode: "text",
          body: arg,
          star: star
        };
      }
      // At this point, we should have a symbol, possibly with accents.
      // First expand any accented base symbol according to unicodeSymbols.
      if (Object.prototype.hasOwnProperty.call(unicodeSymbols, text[0]) && this.mode === "math" && !symbols[this.mode][text[0]]) {
        // This behavior is not strict (XeTeX-compatible) in math mode.
        if (this.settings.strict && this.mode === "math") {
          throw new ParseError("Accented Unicode text character \"" + text[0] + "\" used in " + "math mode", nucleus);
        }
        text = unicodeSymbols[text[0]] + text.slice(1);
      }
      // Strip off any combining characters
      var match = this.mode === "math" ? combiningDiacriticalMarksEndRegex.exec(text) : null;
      if (match) {
        text = text.substring(0, match.index);
        if (text === "i") {
          text = "\u0131"; // dotless i, in math and text mode
        } else if (text === "j") {
          text = "\u0237"; // dotless j, in math and text mode
        }
      }
      // Recognize base symbol
      var symbol;
      if (symbols[this.mode][text]) {
        var group = symbols[this.mode][text].group;
        if (group === "bin" && (binLeftCancellers.includes(this.prevAtomType) || this.prevAtomType === "")) {
          // Change from a binary operator to a unary (prefix) operator
          group = "open";
        }
        var loc = SourceLocation.range(nucleus);
        var s;
        if (Object.prototype.hasOwnProperty.call(ATOMS, group)) {
          var family = group;
          s = {
            type: "atom",
            mode: this.mode,
            family: family,
            loc: loc,
            text: text
          };
          if ((family === "rel" || family === "bin") && this.prevAtomType === "text") {
            if (textRegEx.test(loc.lexer.input.slice(loc.end))) {
              s.needsSpacing = true; // Fix a MathML bug.
            }
          }
        } else {
          if (asciiFromScript[text]) {
            // Unicode 14 disambiguates chancery from roundhand.
            // See https://www.unicode.org/charts/PDF/U1D400.pdf
            this.consume();
            var nextCode = this.fetch().text.charCodeAt(0);
            // mathcal is Temml default. Use mathscript if called for.
            var font = nextCode === 0xfe01 ? "mathscr" : "mathcal";
            if (nextCode === 0xfe00 || nextCode === 0xfe01) {
              this.consume();
            }
            return {
              type: "font",
              mode: "math",
              font: font,
              body: {
                type: "mathord",
                mode: "math",
                loc: loc,
                text: asciiFromScript[text]
              }
            };
          }
          // Default ord character. No disambiguation necessary.
          s = {
            type: group,
            mode: this.mode,
            loc: loc,
            text: text
          };
        }
        symbol = s;
      } else if (text.charCodeAt(0) >= 0x80 || combiningDiacriticalMarksEndRegex.exec(text)) {
        // no symbol for e.g. ^
        if (this.settings.strict && this.mode === "math") {
          throw new ParseError("Unicode text character \"" + text[0] + "\" used in math mode", nucleus);
        }
        // All nonmathematical Unicode characters are rendered as if they
        // are in text mode (wrapped in \text) because that's what it
        // takes to render them in LaTeX.
        symbol = {
          type: "textord",
          mode: "text",
          loc: SourceLocation.range(nucleus),
          text: text
        };
      } else {
        return null; // EOF, ^, _, {, }, etc.
      }
      this.consume();
      // Transform combining characters into accents
      if (match) {
        for (var _i44 = 0; _i44 < match[0].length; _i44++) {
          var _accent = match[0][_i44];
          if (!unicodeAccents[_accent]) {
            throw new ParseError("Unknown accent ' " + _accent + "'", nucleus);
          }
          var command = unicodeAccents[_accent][this.mode] || unicodeAccents[_accent].text;
          if (!command) {
            throw new ParseError("Accent " + _accent + " unsupported in " + this.mode + " mode", nucleus);
          }
          symbol = {
            type: "accent",
            mode: this.mode,
            loc: SourceLocation.range(nucleus),
            label: command,
            isStretchy: false,
            base: symbol
          };
        }
      }
      return symbol;
    };
    return Parser;
  }();
  /**
   * Parses an expression using a Parser, then returns the parsed result.
   */
  var parseTree = function parseTree(toParse, settings) {
    if (!(typeof toParse === "string" || toParse instanceof String)) {
      throw new TypeError("Temml can only parse string typed expression");
    }
    var tree;
    var parser;
    try {
      parser = new Parser(toParse, settings);
      // Blank out any \df@tag to avoid spurious "Duplicate \tag" errors
      delete parser.gullet.macros.current["\\df@tag"];
      tree = parser.parse();
    } catch (error) {
      if (error.toString() === "ParseError:  Unmatched delimiter") {
        // Abandon the attempt to wrap delimiter pairs in an <mrow>.
        // Try again, and put each delimiter into an <mo> element.
        settings.wrapDelimiterPairs = false;
        parser = new Parser(toParse, settings);
        // Blank out any \df@tag to avoid spurious "Duplicate \tag" errors
        delete parser.gullet.macros.current["\\df@tag"];
        tree = parser.parse();
      } else {
        throw error;
      }
    }

    // LaTeX ignores a \tag placed outside an AMS environment.
    if (!(tree.length > 0 && tree[0].type && tree[0].type === "array" && tree[0].addEqnNum)) {
      // If the input used \tag, it will set the \df@tag macro to the tag.
      // In this case, we separately parse the tag and wrap the tree.
      if (parser.gullet.macros.get("\\df@tag")) {
        if (!settings.displayMode) {
          throw new ParseError("\\tag works only in display mode");
        }
        parser.gullet.feed("\\df@tag");
        tree = [{
          type: "tag",
          mode: "text",
          body: tree,
          tag: parser.parse()
        }];
      }
    }
    return tree;
  };

  /**
   * This file contains information about the style that the mathmlBuilder carries
   * around with it. Data is held in an `Style` object, and when
   * recursing, a new `Style` object can be created with the `.with*` functions.
   */

  var subOrSupLevel = [2, 2, 3, 3];

  /**
   * This is the main Style class. It contains the current style.level, color, and font.
   *
   * Style objects should not be modified. To create a new Style with
   * different properties, call a `.with*` method.
   */
  var Style = /*#__PURE__*/function () {
    function Style(data) {
      // Style.level can be 0 | 1 | 2 | 3, which correspond to
      //       displaystyle, textstyle, scriptstyle, and scriptscriptstyle.
      // style.level usually does not directly set MathML's script level. MathML does that itself.
      // However, Chromium does not stop shrinking after scriptscriptstyle, so we do explicitly
      // set a scriptlevel attribute in those conditions.
      // We also use style.level to track math style so that we can get the correct
      // scriptlevel when needed in supsub.js, mathchoice.js, or for dimensions in em.
      this.level = data.level;
      this.color = data.color; // string | void
      // A font family applies to a group of fonts (i.e. SansSerif), while a font
      // represents a specific font (i.e. SansSerif Bold).
      // See: https://tex.stackexchange.com/questions/22350/difference-between-textrm-and-mathrm
      this.font = data.font || ""; // string
      this.fontFamily = data.fontFamily || ""; // string
      this.fontSize = data.fontSize || 1.0; // number
      this.fontWeight = data.fontWeight || "";
      this.fontShape = data.fontShape || "";
      this.maxSize = data.maxSize; // [number, number]
    }

    /**
     * Returns a new style object with the same properties as "this".  Properties
     * from "extension" will be copied to the new style object.
     */
    var _proto12 = Style.prototype;
    _proto12.extend = function extend(extension) {
      var data = {
        level: this.level,
        color: this.color,
        font: this.font,
        fontFamily: this.fontFamily,
        fontSize: this.fontSize,
        fontWeight: this.fontWeight,
        fontShape: this.fontShape,
        maxSize: this.maxSize
      };
      for (var key in extension) {
        if (Object.prototype.hasOwnProperty.call(extension, key)) {
          data[key] = extension[key];
        }
      }
      return new Style(data);
    };
    _proto12.withLevel = function withLevel(n) {
      return this.extend({
        level: n
      });
    };
    _proto12.incrementLevel = function incrementLevel() {
      return this.extend({
        level: Math.min(this.level + 1, 3)
      });
    };
    _proto12.inSubOrSup = function inSubOrSup() {
      return this.extend({
        level: subOrSupLevel[this.level]
      });
    }

    /**
     * Create a new style object with the given color.
     */;
    _proto12.withColor = function withColor(color) {
      return this.extend({
        color: color
      });
    }

    /**
     * Creates a new style object with the given math font or old text font.
     * @type {[type]}
     */;
    _proto12.withFont = function withFont(font) {
      return this.extend({
        font: font
      });
    }

    /**
     * Create a new style objects with the given fontFamily.
     */;
    _proto12.withTextFontFamily = function withTextFontFamily(fontFamily) {
      return this.extend({
        fontFamily: fontFamily,
        font: ""
      });
    }

    /**
     * Creates a new style object with the given font size
     */;
    _proto12.withFontSize = function withFontSize(num) {
      return this.extend({
        fontSize: num
      });
    }

    /**
     * Creates a new style object with the given font weight
     */;
    _proto12.withTextFontWeight = function withTextFontWeight(fontWeight) {
      return this.extend({
        fontWeight: fontWeight,
        font: ""
      });
    }

    /**
     * Creates a new style object with the given font weight
     */;
    _proto12.withTextFontShape = function withTextFontShape(fontShape) {
      return this.extend({
        fontShape: fontShape,
        font: ""
      });
    }

    /**
     * Gets the CSS color of the current style object
     */;
    _proto12.getColor = function getColor() {
      return this.color;
    };
    return Style;
  }();
  /* Temml Post Process
   * Populate the text contents of each \ref & \eqref
   *
   * As with other Temml code, this file is released under terms of the MIT license.
   * https://mit-license.org/
   */
  var version = "0.13.5";
  function postProcess(block) {
    var labelMap = {};
    var i = 0;

    // Get a collection of the parents of each \tag & auto-numbered equation
    var amsEqns = document.getElementsByClassName('tml-eqn');
    for (var _iterator10 = _createForOfIteratorHelperLoose(amsEqns), _step10; !(_step10 = _iterator10()).done;) {
      var parent = _step10.value;
      // AMS automatically numbered equation.
      // Assign an id.
      i += 1;
      parent.setAttribute("id", "tml-eqn-" + String(i));
      // No need to write a number into the text content of the element.
      // A CSS counter has done that even if this postProcess() function is not used.

      // Find any \label that refers to an AMS automatic eqn number.
      while (true) {
        if (parent.tagName === "mtable") {
          break;
        }
        var labels = parent.getElementsByClassName("tml-label");
        if (labels.length > 0) {
          var id = parent.attributes.id.value;
          labelMap[id] = String(i);
          break;
        } else {
          parent = parent.parentElement;
        }
      }
    }

    // Find \labels associated with \tag
    var taggedEqns = document.getElementsByClassName('tml-tageqn');
    for (var _iterator11 = _createForOfIteratorHelperLoose(taggedEqns), _step11; !(_step11 = _iterator11()).done;) {
      var _parent = _step11.value;
      var _labels = _parent.getElementsByClassName("tml-label");
      if (_labels.length > 0) {
        var tags = _parent.getElementsByClassName("tml-tag");
        if (tags.length > 0) {
          var _id = _parent.attributes.id.value;
          labelMap[_id] = tags[0].textContent;
        }
      }
    }

    // Populate \ref & \eqref text content
    var refs = block.getElementsByClassName("tml-ref");
    [].concat(refs).forEach(function (ref) {
      var attr = ref.getAttribute("href");
      var str = labelMap[attr.slice(1)];
      if (ref.className.indexOf("tml-eqref") === -1) {
        // \ref. Omit parens.
        str = str.replace(/^\(/, "");
        str = str.replace(/\)$/, "");
      } else {
        // \eqref. Include parens
        if (str.charAt(0) !== "(") {
          str = "(" + str;
        }
        if (str.slice(-1) !== ")") {
          str = str + ")";
        }
      }
      var mtext = document.createElementNS("http://www.w3.org/1998/Math/MathML", "mtext");
      mtext.appendChild(document.createTextNode(str));
      var math = document.createElementNS("http://www.w3.org/1998/Math/MathML", "math");
      math.appendChild(mtext);
      ref.textContent = '';
      ref.appendChild(math);
    });
  }
  var findEndOfMath = function findEndOfMath(delimiter, text, startIndex) {
    // Adapted from
    // https://github.com/Khan/perseus/blob/master/src/perseus-markdown.jsx
    var index = startIndex;
    var braceLevel = 0;
    var delimLength = delimiter.length;
    while (index < text.length) {
      var character = text[index];
      if (braceLevel <= 0 && text.slice(index, index + delimLength) === delimiter) {
        return index;
      } else if (character === "\\") {
        index++;
      } else if (character === "{") {
        braceLevel++;
      } else if (character === "}") {
        braceLevel--;
      }
      index++;
    }
    return -1;
  };
  var escapeRegex = function escapeRegex(string) {
    return string.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
  };
  var amsRegex = /^\\(?:begin|(?:eq)?ref){/;
  var splitAtDelimiters = function splitAtDelimiters(text, delimiters) {
    var index;
    var data = [];
    var regexLeft = new RegExp("(" + delimiters.map(function (x) {
      return escapeRegex(x.left);
    }).join("|") + ")");
    while (true) {
      index = text.search(regexLeft);
      if (index === -1) {
        break;
      }
      if (index > 0) {
        data.push({
          type: "text",
          data: text.slice(0, index)
        });
        text = text.slice(index); // now text starts with delimiter
      }
      // ... so this always succeeds:
      var _i45 = delimiters.findIndex(function (delim) {
        return text.startsWith(delim.left);
      });
      index = findEndOfMath(delimiters[_i45].right, text, delimiters[_i45].left.length);
      if (index === -1) {
        break;
      }
      var rawData = text.slice(0, index + delimiters[_i45].right.length);
      var _math = amsRegex.test(rawData) ? rawData : text.slice(delimiters[_i45].left.length, index);
      data.push({
        type: "math",
        data: _math,
        rawData: rawData,
        display: delimiters[_i45].display
      });
      text = text.slice(index + delimiters[_i45].right.length);
    }
    if (text !== "") {
      data.push({
        type: "text",
        data: text
      });
    }
    return data;
  };
  var defaultDelimiters = [{
    left: "$$",
    right: "$$",
    display: true
  }, {
    left: "\\(",
    right: "\\)",
    display: false
  },
  // LaTeX uses $…$, but it ruins the display of normal `$` in text:
  // {left: "$", right: "$", display: false},
  // $ must come after $$

  // Render AMS environments even if outside $$…$$ delimiters.
  {
    left: "\\begin{equation}",
    right: "\\end{equation}",
    display: true
  }, {
    left: "\\begin{equation*}",
    right: "\\end{equation*}",
    display: true
  }, {
    left: "\\begin{align}",
    right: "\\end{align}",
    display: true
  }, {
    left: "\\begin{align*}",
    right: "\\end{align*}",
    display: true
  }, {
    left: "\\begin{alignat}",
    right: "\\end{alignat}",
    display: true
  }, {
    left: "\\begin{alignat*}",
    right: "\\end{alignat*}",
    display: true
  }, {
    left: "\\begin{gather}",
    right: "\\end{gather}",
    display: true
  }, {
    left: "\\begin{gather*}",
    right: "\\end{gather*}",
    display: true
  }, {
    left: "\\begin{CD}",
    right: "\\end{CD}",
    display: true
  },
  // Ditto \ref & \eqref
  {
    left: "\\ref{",
    right: "}",
    display: false
  }, {
    left: "\\eqref{",
    right: "}",
    display: false
  }, {
    left: "\\[",
    right: "\\]",
    display: true
  }];
  var firstDraftDelimiters = {
    "$": [{
      left: "$$",
      right: "$$",
      display: true
    }, {
      left: "$`",
      right: "`$",
      display: false
    }, {
      left: "$",
      right: "$",
      display: false
    }],
    "(": [{
      left: "\\[",
      right: "\\]",
      display: true
    }, {
      left: "\\(",
      right: "\\)",
      display: false
    }]
  };
  var amsDelimiters = [{
    left: "\\begin{equation}",
    right: "\\end{equation}",
    display: true
  }, {
    left: "\\begin{equation*}",
    right: "\\end{equation*}",
    display: true
  }, {
    left: "\\begin{align}",
    right: "\\end{align}",
    display: true
  }, {
    left: "\\begin{align*}",
    right: "\\end{align*}",
    display: true
  }, {
    left: "\\begin{alignat}",
    right: "\\end{alignat}",
    display: true
  }, {
    left: "\\begin{alignat*}",
    right: "\\end{alignat*}",
    display: true
  }, {
    left: "\\begin{gather}",
    right: "\\end{gather}",
    display: true
  }, {
    left: "\\begin{gather*}",
    right: "\\end{gather*}",
    display: true
  }, {
    left: "\\begin{CD}",
    right: "\\end{CD}",
    display: true
  }, {
    left: "\\ref{",
    right: "}",
    display: false
  }, {
    left: "\\eqref{",
    right: "}",
    display: false
  }];
  var delimitersFromKey = function delimitersFromKey(key) {
    if (key === "$" || key === "(") {
      return firstDraftDelimiters[key];
    } else if (key === "$+" || key === "(+") {
      var firstDraft = firstDraftDelimiters[key.slice(0, 1)];
      return firstDraft.concat(amsDelimiters);
    } else if (key === "ams") {
      return amsDelimiters;
    } else if (key === "all") {
      return firstDraftDelimiters["("].concat(firstDraftDelimiters["$"]).concat(amsDelimiters);
    } else {
      return defaultDelimiters;
    }
  };

  /* Note: optionsCopy is mutated by this method. If it is ever exposed in the
   * API, we should copy it before mutating.
   */
  var renderMathInText = function renderMathInText(text, optionsCopy) {
    var data = splitAtDelimiters(text, optionsCopy.delimiters);
    if (data.length === 1 && data[0].type === "text") {
      // There is no formula in the text.
      // Let's return null which means there is no need to replace
      // the current text node with a new one.
      return null;
    }
    var fragment = document.createDocumentFragment();
    for (var _i46 = 0; _i46 < data.length; _i46++) {
      if (data[_i46].type === "text") {
        fragment.appendChild(document.createTextNode(data[_i46].data));
      } else {
        var span = document.createElement("span");
        var _math2 = data[_i46].data;
        // Override any display mode defined in the settings with that
        // defined by the text itself
        optionsCopy.displayMode = data[_i46].display;
        try {
          if (optionsCopy.preProcess) {
            _math2 = optionsCopy.preProcess(_math2);
          }
          // Importing render() from temml.js would be a circular dependency.
          // So call the global version.
          // eslint-disable-next-line no-undef
          temml.render(_math2, span, optionsCopy);
        } catch (e) {
          if (!(e instanceof ParseError)) {
            throw e;
          }
          optionsCopy.errorCallback("Temml auto-render: Failed to parse `" + data[_i46].data + "` with ", e);
          fragment.appendChild(document.createTextNode(data[_i46].rawData));
          continue;
        }
        fragment.appendChild(span);
      }
    }
    return fragment;
  };
  var _renderElem = function renderElem(elem, optionsCopy) {
    var _loop2 = function _loop2(_i48) {
      var childNode = elem.childNodes[_i48];
      if (childNode.nodeType === 3) {
        // Text node
        var frag = renderMathInText(childNode.textContent, optionsCopy);
        if (frag) {
          _i48 += frag.childNodes.length - 1;
          elem.replaceChild(frag, childNode);
        }
      } else if (childNode.nodeType === 1) {
        // Element node
        var className = " " + childNode.className + " ";
        var shouldRender = optionsCopy.ignoredTags.indexOf(childNode.nodeName.toLowerCase()) === -1 && optionsCopy.ignoredClasses.every(function (x) {
          return className.indexOf(" " + x + " ") === -1;
        });
        if (shouldRender) {
          _renderElem(childNode, optionsCopy);
        }
      }
      // Otherwise, it's something else, and ignore it.
      _i47 = _i48;
    };
    for (var _i47 = 0; _i47 < elem.childNodes.length; _i47++) {
      _loop2(_i47);
    }
  };
  var renderMathInElement = function renderMathInElement(elem, options) {
    if (!elem) {
      throw new Error("No element provided to render");
    }
    var optionsCopy = {};

    // Object.assign(optionsCopy, option)
    for (var option in options) {
      if (Object.prototype.hasOwnProperty.call(options, option)) {
        optionsCopy[option] = options[option];
      }
    }
    if (optionsCopy.fences) {
      optionsCopy.delimiters = delimitersFromKey(optionsCopy.fences);
    } else {
      optionsCopy.delimiters = optionsCopy.delimiters || defaultDelimiters;
    }
    optionsCopy.ignoredTags = optionsCopy.ignoredTags || ["script", "noscript", "style", "textarea", "pre", "code", "option"];
    optionsCopy.ignoredClasses = optionsCopy.ignoredClasses || [];
    // eslint-disable-next-line no-console
    optionsCopy.errorCallback = optionsCopy.errorCallback || console.error;

    // Enable sharing of global macros defined via `\gdef` between different
    // math elements within a single call to `renderMathInElement`.
    optionsCopy.macros = optionsCopy.macros || Object.create(null);
    _renderElem(elem, optionsCopy);
    postProcess(elem);
  };

  /* eslint no-console:0 */
  /**
   * This is the main entry point for Temml. Here, we expose functions for
   * rendering expressions either to DOM nodes or to markup strings.
   *
   * We also expose the ParseError class to check if errors thrown from Temml are
   * errors in the expression, or errors in javascript handling.
   */

  /**
   * @type {import('./temml').render}
   * Parse and build an expression, and place that expression in the DOM node
   * given.
   */
  var render = function render(expression, baseNode, options) {
    if (options === void 0) {
      options = {};
    }
    baseNode.textContent = "";
    var alreadyInMathElement = baseNode.tagName.toLowerCase() === "math";
    if (alreadyInMathElement) {
      options.wrap = "none";
    }
    var math = renderToMathMLTree(expression, options);
    if (alreadyInMathElement) {
      // The <math> element already exists. Populate it.
      baseNode.textContent = "";
      math.children.forEach(function (e) {
        baseNode.appendChild(e.toNode());
      });
    } else if (math.children.length > 1) {
      baseNode.textContent = "";
      math.children.forEach(function (e) {
        baseNode.appendChild(e.toNode());
      });
    } else {
      baseNode.appendChild(math.toNode());
    }
  };

  // Temml's styles don't work properly in quirks mode. Print out an error, and
  // disable rendering.
  if (typeof document !== "undefined") {
    if (document.compatMode !== "CSS1Compat") {
      typeof console !== "undefined" && console.warn("Warning: Temml doesn't work in quirks mode. Make sure your " + "website has a suitable doctype.");
      render = function render() {
        throw new ParseError("Temml doesn't work in quirks mode.");
      };
    }
  }

  /**
   * @type {import('./temml').renderToString}
   * Parse and build an expression, and return the markup for that.
   */
  var renderToString = function renderToString(expression, options) {
    var markup = renderToMathMLTree(expression, options).toMarkup();
    return markup;
  };

  /**
   * @type {import('./temml').generateParseTree}
   * Parse an expression and return the parse tree.
   */
  var generateParseTree = function generateParseTree(expression, options) {
    var settings = new Settings(options);
    return parseTree(expression, settings);
  };

  /**
   * @type {import('./temml').definePreamble}
   * Take an expression which contains a preamble.
   * Parse it and return the macros.
   */
  var definePreamble = function definePreamble(expression, options) {
    var settings = new Settings(options);
    settings.macros = Object.create(null);
    if (!(typeof expression === "string" || expression instanceof String)) {
      throw new TypeError("Temml can only parse string typed expression");
    }
    var parser = new Parser(expression, settings, true);
    // Blank out any \df@tag to avoid spurious "Duplicate \tag" errors
    delete parser.gullet.macros.current["\\df@tag"];
    var macros = parser.parse();
    return macros;
  };

  /**
   * If the given error is a Temml ParseError,
   * renders the invalid LaTeX as a span with hover title giving the Temml
   * error message.  Otherwise, simply throws the error.
   */
  var renderError = function renderError(error, expression, options) {
    if (options.throwOnError || !(error instanceof ParseError)) {
      throw error;
    }
    var node = new Span(["temml-error"], [new TextNode$1(expression + "\n\n" + error.toString())]);
    node.style.color = options.errorColor;
    node.style.whiteSpace = "pre-line";
    return node;
  };

  /**
   * @type {import('./temml').renderToMathMLTree}
   * Generates and returns the Temml build tree. This is used for advanced
   * use cases (like rendering to custom output).
   */
  var renderToMathMLTree = function renderToMathMLTree(expression, options) {
    var settings = new Settings(options);
    try {
      var tree = parseTree(expression, settings);
      var style = new Style({
        level: settings.displayMode ? StyleLevel.DISPLAY : StyleLevel.TEXT,
        maxSize: settings.maxSize
      });
      return buildMathML(tree, expression, style, settings);
    } catch (error) {
      return renderError(error, expression, settings);
    }
  };

  /** @type {import('./temml').default} */
  var temml$1 = {
    /**
     * Current Temml version
     */
    version: version,
    /**
     * Renders the given LaTeX into MathML, and adds
     * it as a child to the specified DOM node.
     */
    render: render,
    /**
     * Renders the given LaTeX into MathML string,
     * for sending to the client.
     */
    renderToString: renderToString,
    /**
     * Finds all the math delimiters in a given element of a running HTML document
     * and converts the contents of each instance into a <math> element.
     */
    renderMathInElement: renderMathInElement,
    /**
     * Post-process an entire HTML block.
     * Writes AMS auto-numbers and implements \ref{}.
     * Typcally called once, after a loop has rendered many individual spans.
     */
    postProcess: postProcess,
    /**
     * Temml error, usually during parsing.
     */
    ParseError: ParseError,
    /**
     * Creates a set of macros with document-wide scope.
     */
    definePreamble: definePreamble,
    /**
     * Parses the given LaTeX into Temml's internal parse tree structure,
     * without rendering to HTML or MathML.
     *
     * NOTE: This method is not currently recommended for public use.
     * The internal tree representation is unstable and is very likely
     * to change. Use at your own risk.
     */
    __parse: generateParseTree,
    /**
     * Renders the given LaTeX into a MathML internal DOM tree
     * representation, without flattening that representation to a string.
     *
     * NOTE: This method is not currently recommended for public use.
     * The internal tree representation is unstable and is very likely
     * to change. Use at your own risk.
     */
    __renderToMathMLTree: renderToMathMLTree,
    /**
     * adds a new symbol to builtin symbols table
     */
    __defineSymbol: defineSymbol,
    /**
     * adds a new macro to builtin macro list
     */
    __defineMacro: defineMacro
  };
  return temml$1;
}();
