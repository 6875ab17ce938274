"""Reads an RDF/XML file with rdflib, as an RDF harvester would, and prints as JSON what DcatCatalogueTests assert on.

Usage: python3 dcat_check.py <file.rdf>

Prints {"triples": n, "blankNodes": n, "resources": [...], "violations": [...]}: blankNodes counts the distinct blank
nodes among all subjects and objects (DCAT-AP-SE wants none), each resource of the DCAT-AP-SE classes (catalogue,
dataset, distribution, agent, contact) comes with its types and every value of every property, as SPARQL gives them,
and violations lists where the graph breaks a constraint of DCAT-AP 3.0.1's SHACL shapes (see SHAPES).
"""
import json
import sys

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

PREFIXES = {
    "dcat:": "http://www.w3.org/ns/dcat#",
    "dct:": "http://purl.org/dc/terms/",
    "foaf:": "http://xmlns.com/foaf/0.1/",
    "vcard:": "http://www.w3.org/2006/vcard/ns#",
    "skos:": "http://www.w3.org/2004/02/skos/core#",
    "xsd:": "http://www.w3.org/2001/XMLSchema#",
    "adms:": "http://www.w3.org/ns/adms#",
    "spdx:": "http://spdx.org/rdf/terms#",
    "prov:": "http://www.w3.org/ns/prov#",
    "odrl:": "http://www.w3.org/ns/odrl/2/",
    "eli:": "http://data.europa.eu/eli/ontology#",
    "dcatap:": "http://data.europa.eu/r5r/",
}

# The property constraints of DCAT-AP 3.0.1's SHACL shapes (SEMICeu/DCAT-AP, releases/3.0.1/shacl, dcat-ap-SHACL.ttl
# and ranges.ttl) on the classes a catalogue of the portal holds, as a table. The shapes are not in this repository
# (this project may not commit what its tools fetch), so the same constraints are checked in code; on a catalogue
# broken on purpose this finds what rdf-validate-shacl running the shapes finds, line for line. Each row: the focus class, the property, its least and greatest count (None: no bound), whether its
# values are literals or resources (IRIs or blank nodes), and the class every value must be typed as, or for a
# literal the datatype it must have.
SHAPES = [
    ("dcat:Catalog", "dcat:catalog", 0, None, "resource", "dcat:Catalog"),
    ("dcat:Catalog", "dcat:dataset", 0, None, "resource", "dcat:Dataset"),
    ("dcat:Catalog", "dcat:record", 0, None, "resource", "dcat:CatalogRecord"),
    ("dcat:Catalog", "dcat:service", 0, None, "resource", "dcat:DataService"),
    ("dcat:Catalog", "dcat:themeTaxonomy", 0, None, "resource", "skos:ConceptScheme"),
    ("dcat:Catalog", "dct:creator", 0, 1, "resource", "foaf:Agent"),
    ("dcat:Catalog", "dct:description", 1, None, "literal", None),
    ("dcat:Catalog", "dct:hasPart", 0, None, "resource", "dcat:Catalog"),
    ("dcat:Catalog", "dct:issued", 0, 1, "literal", None),
    ("dcat:Catalog", "dct:language", 0, None, "resource", "dct:LinguisticSystem"),
    ("dcat:Catalog", "dct:license", 0, 1, "resource", "dct:LicenseDocument"),
    ("dcat:Catalog", "dct:modified", 0, 1, "literal", None),
    ("dcat:Catalog", "dct:publisher", 1, 1, "resource", "foaf:Agent"),
    ("dcat:Catalog", "dct:rights", 0, None, "resource", "dct:RightsStatement"),
    ("dcat:Catalog", "dct:spatial", 0, None, "resource", "dct:Location"),
    ("dcat:Catalog", "dct:temporal", 0, None, "resource", "dct:PeriodOfTime"),
    ("dcat:Catalog", "dct:title", 1, None, "literal", None),
    ("dcat:Catalog", "foaf:homepage", 0, 1, "resource", "foaf:Document"),
    ("dcat:Catalog", "http://data.europa.eu/r5r/applicableLegislation", 0, None, "resource", "http://data.europa.eu/eli/ontology#LegalResource"),
    ("dcat:Dataset", "adms:identifier", 0, None, "resource", "adms:Identifier"),
    ("dcat:Dataset", "adms:sample", 0, None, "resource", "dcat:Distribution"),
    ("dcat:Dataset", "adms:versionNotes", 0, None, "literal", None),
    ("dcat:Dataset", "dcat:contactPoint", 0, None, "resource", "vcard:Kind"),
    ("dcat:Dataset", "dcat:distribution", 0, None, "resource", "dcat:Distribution"),
    ("dcat:Dataset", "dcat:hasVersion", 0, None, "resource", "dcat:Dataset"),
    ("dcat:Dataset", "dcat:inSeries", 0, None, "resource", "dcat:DatasetSeries"),
    ("dcat:Dataset", "dcat:keyword", 0, None, "literal", None),
    ("dcat:Dataset", "dcat:landingPage", 0, None, "resource", "foaf:Document"),
    ("dcat:Dataset", "dcat:qualifiedRelation", 0, None, "resource", "dcat:Relationship"),
    ("dcat:Dataset", "dcat:spatialResolutionInMeters", 0, None, "literal", "xsd:decimal"),
    ("dcat:Dataset", "dcat:temporalResolution", 0, 1, "literal", "xsd:duration"),
    ("dcat:Dataset", "dcat:theme", 0, None, "resource", "skos:Concept"),
    ("dcat:Dataset", "dcat:version", 0, 1, "literal", None),
    ("dcat:Dataset", "dct:accessRights", 0, 1, "resource", "dct:RightsStatement"),
    ("dcat:Dataset", "dct:accrualPeriodicity", 0, 1, "resource", "dct:Frequency"),
    ("dcat:Dataset", "dct:conformsTo", 0, None, "resource", "dct:Standard"),
    ("dcat:Dataset", "dct:creator", 0, None, "resource", "foaf:Agent"),
    ("dcat:Dataset", "dct:description", 1, None, "literal", None),
    ("dcat:Dataset", "dct:identifier", 0, None, "literal", None),
    ("dcat:Dataset", "dct:isReferencedBy", 0, None, "resource", None),
    ("dcat:Dataset", "dct:issued", 0, 1, "literal", None),
    ("dcat:Dataset", "dct:language", 0, None, "resource", "dct:LinguisticSystem"),
    ("dcat:Dataset", "dct:modified", 0, 1, "literal", None),
    ("dcat:Dataset", "dct:provenance", 0, None, "resource", "dct:ProvenanceStatement"),
    ("dcat:Dataset", "dct:publisher", 0, 1, "resource", "foaf:Agent"),
    ("dcat:Dataset", "dct:relation", 0, None, "resource", None),
    ("dcat:Dataset", "dct:source", 0, None, "resource", "dcat:Dataset"),
    ("dcat:Dataset", "dct:spatial", 0, None, "resource", "dct:Location"),
    ("dcat:Dataset", "dct:temporal", 0, None, "resource", "dct:PeriodOfTime"),
    ("dcat:Dataset", "dct:title", 1, None, "literal", None),
    ("dcat:Dataset", "dct:type", 0, None, "resource", "skos:Concept"),
    ("dcat:Dataset", "foaf:page", 0, None, "resource", "foaf:Document"),
    ("dcat:Dataset", "http://data.europa.eu/r5r/applicableLegislation", 0, None, "resource", "http://data.europa.eu/eli/ontology#LegalResource"),
    ("dcat:Dataset", "http://www.w3.org/ns/prov#qualifiedAttribution", 0, None, "resource", "http://www.w3.org/ns/prov#Attribution"),
    ("dcat:Dataset", "http://www.w3.org/ns/prov#wasGeneratedBy", 0, None, "resource", "http://www.w3.org/ns/prov#Activity"),
    ("dcat:Distribution", "adms:status", 0, 1, "resource", "skos:Concept"),
    ("dcat:Distribution", "dcat:accessService", 0, None, "resource", "dcat:DataService"),
    ("dcat:Distribution", "dcat:accessURL", 1, None, "resource", None),
    ("dcat:Distribution", "dcat:byteSize", 0, 1, "literal", "xsd:nonNegativeInteger"),
    ("dcat:Distribution", "dcat:compressFormat", 0, 1, "resource", "dct:MediaType"),
    ("dcat:Distribution", "dcat:downloadURL", 0, None, "resource", None),
    ("dcat:Distribution", "dcat:mediaType", 0, 1, "resource", "dct:MediaType"),
    ("dcat:Distribution", "dcat:packageFormat", 0, 1, "resource", "dct:MediaType"),
    ("dcat:Distribution", "dcat:spatialResolutionInMeters", 0, 1, "literal", "xsd:decimal"),
    ("dcat:Distribution", "dcat:temporalResolution", 0, 1, "literal", "xsd:duration"),
    ("dcat:Distribution", "dct:conformsTo", 0, None, "resource", "dct:Standard"),
    ("dcat:Distribution", "dct:description", 0, None, "literal", None),
    ("dcat:Distribution", "dct:format", 0, 1, "resource", "dct:MediaTypeOrExtent"),
    ("dcat:Distribution", "dct:issued", 0, 1, "literal", None),
    ("dcat:Distribution", "dct:language", 0, None, "resource", "dct:LinguisticSystem"),
    ("dcat:Distribution", "dct:license", 0, 1, "resource", "dct:LicenseDocument"),
    ("dcat:Distribution", "dct:modified", 0, 1, "literal", None),
    ("dcat:Distribution", "dct:rights", 0, None, "resource", "dct:RightsStatement"),
    ("dcat:Distribution", "dct:title", 0, None, "literal", None),
    ("dcat:Distribution", "foaf:page", 0, None, "resource", "foaf:Document"),
    ("dcat:Distribution", "http://data.europa.eu/r5r/applicableLegislation", 0, None, "resource", "http://data.europa.eu/eli/ontology#LegalResource"),
    ("dcat:Distribution", "http://data.europa.eu/r5r/availability", 0, 1, "resource", "skos:Concept"),
    ("dcat:Distribution", "http://www.w3.org/ns/odrl/2/hasPolicy", 0, 1, "resource", "http://www.w3.org/ns/odrl/2/Policy"),
    ("dcat:Distribution", "spdx:checksum", 0, 1, "resource", "spdx:Checksum"),
    ("foaf:Agent", "dct:type", 0, 1, "resource", "skos:Concept"),
    ("foaf:Agent", "foaf:name", 1, None, "literal", None),
    ("skos:Concept", "skos:prefLabel", 1, None, "literal", None),
]

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


def iri(name):
    for prefix, namespace in PREFIXES.items():
        if name.startswith(prefix):
            return URIRef(namespace + name[len(prefix):])
    return URIRef(name)


def violations(graph):
    """Where the graph breaks a row of SHAPES, as "<focus> <property>: what is wrong", sorted."""
    found = []
    for focus_class, path, least, most, kind, value_type in SHAPES:
        for focus in set(graph.subjects(RDF.type, iri(focus_class))):
            values = list(graph.objects(focus, iri(path)))
            where = f"{focus} {path}"
            if len(values) < least:
                found.append(f"{where}: {len(values)} values, at least {least} wanted")
            if most is not None and len(values) > most:
                found.append(f"{where}: {len(values)} values, at most {most} wanted")
            for value in values:
                if kind == "literal" and not isinstance(value, Literal):
                    found.append(f"{where}: {value} is not a literal")
                elif kind == "resource" and isinstance(value, Literal):
                    found.append(f"{where}: the literal '{value}' is not a resource")
                elif value_type is not None and isinstance(value, Literal):
                    if value_type.startswith("xsd:") and value.datatype != iri(value_type):
                        found.append(f"{where}: '{value}' is not an {value_type}")
                elif value_type is not None and (value, RDF.type, iri(value_type)) not in graph:
                    found.append(f"{where}: {value} is not typed {value_type}")
    return sorted(found)


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
    json.dump({"triples": len(graph), "blankNodes": len(blanks), "resources": list(resources.values()),
               "violations": violations(graph)},
              sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
