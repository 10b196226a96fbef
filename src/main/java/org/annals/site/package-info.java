/** Runs the stages in order and is the only writer: pages, static files and the swap into the output folder. */
package org.annals.site;
