/** Turns the linked archive into HTML pages: Flexmark for bodies, Freemarker templates fed with view records. */
package org.annals.render;
