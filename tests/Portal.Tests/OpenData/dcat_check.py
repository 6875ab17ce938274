"""Reads an RDF/XML file with rdflib, as an RDF harvester would, and prints as JSON what DcatCatalogueTests assert on.

Usage: python3 dcat_check.py <file.rdf>

Prints {"triples": n, "blankNodes": n, "resources": [...]}: blankNodes counts the distinct blank nodes among all
subjects and objects (DCAT-AP-SE wants none), and each resource of the DCAT-AP-SE classes (catalogue, dataset,
distribution, agent, contact) comes with its types and every value of every property, as SPARQL gives them.
"""
import json
import sys

from rdflib import BNode, Graph, Literal, URIRef

CLASSES = """
    PREFIX dcat: <http://www.w3.org/ns/dcat#>
    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?s ?p ?o WHERE {
        VALUES ?class { dcat:Catalog dcat:Dataset dcat:Distribution foaf:Agent vcard:Organization skos:Concept foaf:Document }
        ?s a ?class ; ?p ?o .
    } ORDER BY ?s ?p ?o
"""


def term(node):
    if isinstance(node, Literal):
        return {"kind": "literal", "value": str(node), "lang": node.language,
                "datatype": str(node.datatype) if node.datatype else None}
    return {"kind": "blank" if isinstance(node, BNode) else "iri", "value": str(node)}


def main(path):
    graph = Graph()
    graph.parse(path, format="xml")
    blanks = {n for triple in graph for n in (triple[0], triple[2]) if isinstance(n, BNode)}
    resources = {}
    for s, p, o in graph.query(CLASSES):
        resource = resources.setdefault(str(s), {"iri": str(s), "kind": term(s)["kind"], "properties": {}})
        values = resource["properties"].setdefault(str(p), [])
        if term(o) not in values:
            values.append(term(o))
    json.dump({"triples": len(graph), "blankNodes": len(blanks), "resources": list(resources.values())},
              sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
