/** Builds the search index as data: tokens, folding, stemming, BM25 scores and shards; pure, it writes nothing. */
package org.annals.search;
