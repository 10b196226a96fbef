/** Local preview: serves the built site on 127.0.0.1, rebuilds what a change touches, reloads the browser. */
package org.annals.serve;
