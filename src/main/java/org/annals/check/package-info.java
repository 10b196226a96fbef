/** Verifies a built site: every internal link and anchor resolves, and no link leaves the site's base path. */
package org.annals.check;
