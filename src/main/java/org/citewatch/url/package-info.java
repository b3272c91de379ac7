/**
 * URLs as citewatch compares them: {@link org.citewatch.url.UrlNormalizer} gives every cited URL the one
 * form under which it is extracted, stored and checked once per run, so extraction ({@code extract})
 * and checking ({@code check}, the history command) share one rule instead of each keeping its own.
 * Also the character rules that normalisation needs (ASCII classes, HTML character references in
 * URLs as wikitext writes them).
 */
package org.citewatch.url;
