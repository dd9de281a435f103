/** The field-level rules behind the fixtures: visible text of titles, mojibake, prefixes, salvage. */
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../../src/ingest/parse'
import { inlineHtmlText } from '../../../src/ingest/parse/inline-html'
import { repairMojibake } from '../../../src/ingest/parse/mojibake'
import { canonicalisePrefixes } from '../../../src/ingest/parse/namespaces'
import { salvage } from '../../../src/ingest/parse/salvage'
import { MAX_XML_DEPTH } from '../../../src/limits'

describe('inlineHtmlText: what a reader sees of a one-line fragment', () => {
  it.each([
    ['safe<script>location.href="x"</script> description', 'safe description'],
    ['a<style>p{color:red}</style>b', 'ab'],
    ['Markets <noscript>enable JS</noscript>rally', 'Markets rally'],
    ['<template><b>draft</b></template>Summit ends', 'Summit ends'],
    ['Vote <!-- ab test -->passes', 'Vote passes'],
    ['Budget<!-- unclosed comment', 'Budget'],
    ['<img alt="cat<br />dog" src="x.png">Cat rescued', 'Cat rescued'],
    ["<a href='/x' title='a > b'>Link</a> text", 'Link text'],
    ['Line<br>break', 'Line break'],
    ['<b>Bold</b>face &amp; <i>co</i>', 'Boldface & co'],
    ['Why <script> tags matter', 'Why <script> tags matter'],
    ['1 < 2 and Vector<int> and x<y', '1 < 2 and Vector<int> and x<y'],
    ['Word junk<o:p></o:p> here', 'Word junk here'],
    ['<![CDATA[Inner title]]>', 'Inner title'],
    ['AT&amp;T', 'AT&T'],
  ])('%s → %s', (html, text) => {
    expect(inlineHtmlText(html)).toBe(text)
  })

  it('leaves entities alone when asked (already decoded text)', () => {
    expect(inlineHtmlText('A &amp; <b>B</b>', false)).toBe('A &amp; B')
  })
})

describe('repairMojibake: only when the whole field decodes cleanly again', () => {
  it.each([
    ['Itâ€™s official: talks resumeâ€¦', 'It’s official: talks resume…'],
    ['CafÃ© owners', 'Café owners'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['JosÃ© MÃ¼ller', 'José Müller'],
  ])('repairs %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed)
  })

  it.each([
    'Café culture in Seoul',
    'Lavrovâ€™s visit …',
    '북한 â€œë°œì‚¬â€',
    'Ã alone',
    'plain ASCII',
    'Â£ signs: Â',
  ])('leaves %s as written', (text) => {
    expect(repairMojibake(text)).toBe(text)
  })
})

describe('canonicalisePrefixes', () => {
  it('returns a document with the usual prefixes untouched (no copy)', () => {
    const body =
      '<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:date>x</dc:date></channel></rss>'
    expect(canonicalisePrefixes(body, 'rss', 'rss').body).toBe(body)
  })

  it('renames element and attribute prefixes in tags only, never in text, CDATA or comments', () => {
    const body =
      '<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://purl.org/rss/1.0/">' +
      '<x:item r:about="https://a.example/1"><x:title>a <x:b> &lt;x:i&gt;</x:title>' +
      '<x:description><![CDATA[<x:keep/>]]></x:description><!-- <x:keep> --></x:item></r:RDF>'
    const out = canonicalisePrefixes(body, 'r:RDF', 'rdf')
    expect(out.rootName).toBe('rdf:RDF')
    expect(out.body).toBe(
      '<rdf:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://purl.org/rss/1.0/">' +
        '<item rdf:about="https://a.example/1"><title>a <b> &lt;x:i&gt;</title>' +
        '<description><![CDATA[<x:keep/>]]></description><!-- <x:keep> --></item></rdf:RDF>',
    )
  })

  it('never renames onto a prefix the document binds to another namespace', () => {
    const body =
      '<rss xmlns:dc="http://example.org/not-dublin-core" xmlns:d="http://purl.org/dc/elements/1.1/"><channel/></rss>'
    expect(canonicalisePrefixes(body, 'rss', 'rss').body).toBe(body)
  })
})

describe('salvage', () => {
  it('closes what is open after the last complete item, and counts the items cut off', () => {
    const body = '<rss><channel><title>T</title><item><title>a</title></item><item><title>b'
    expect(salvage(body, 'item')).toEqual({
      body: '<rss><channel><title>T</title><item><title>a</title></item></channel></rss>',
      incompleteItems: 1,
    })
  })

  it('gives up when there is no complete item, or the markup before it cannot be read', () => {
    expect(salvage('<rss><channel><item><title>a', 'item')).toBeNull()
    expect(salvage('<rss><channel><!-- never closed <item></item>', 'item')).toBeNull()
  })

  it('keeps the depth limit: a deep document is refused even when cut after an item', () => {
    const deep = `<rss><channel><item><title>a</title></item>${'<x>'.repeat(MAX_XML_DEPTH + 5)}`
    expect(() => parseFeed(deep, 'https://deep.example/')).toThrow(/nested|malformed/i)
  })

  it('keeps the entity policy: a truncated document with an entity bomb is still refused', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x"><!ENTITY b "&a;&a;">]>' +
      '<rss><channel><item><title>&b;</title></item>'
    expect(() => parseFeed(bomb, 'https://bomb.example/')).toThrow(/refers to other entities/)
  })
})
