/** Resolves every citation to its reference and derives backlinks; reads the model, writes nothing. */
package org.annals.link;
