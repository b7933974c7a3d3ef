#!/usr/bin/env python3
"""A second, independent implementation of the Drogue subject string.

Drogue Cloud 0.11 names an application (a certificate's issuer) and a device
(its subject) with x509-parser 0.14's Display of X509Name
(src/x509.rs: x509name_to_string, attribute_value_to_string) and the names of
x509-parser's src/objects.rs (ABBREV_MAP, then oid-registry 0.6.0's short
names). docs/drogue-contract.md section 5 writes the rules down; this file is
written from those rules alone and judges the project's C++ implementation
(tests/unit/test_subject_judge.cpp). It walks the name's DER itself:
python3-cryptography only loads the certificate and hands over the
to-be-signed bytes as they are in the file (its rfc4514_string reverses the
order and escapes, which Drogue does not).

    drogue_subject.py CERT...          one JSON object per line: file, subject, issuer
    drogue_subject.py splice TEMPLATE NAME_HEX OUT
                                       TEMPLATE's certificate with its subject
                                       replaced by the DER name NAME_HEX (the
                                       signature no longer matches: for
                                       parsing only)
"""

import json
import sys

from cryptography import x509
from cryptography.hazmat.primitives import serialization

INVALID = "<X509Error: Invalid X.509 name>"

# x509-parser 0.14 src/objects.rs ABBREV_MAP (looked up first).
ABBREV = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "0.9.2342.19200300.100.1.25": "DC",
    "1.2.840.113549.1.9.1": "Email",
}

# oid-registry 0.6.0 assets/oid_db.txt short names (features x509 and pkcs9,
# both loaded by x509-parser), for the attribute types a name can hold.
REGISTRY = {
    "0.9.2342.19200300.100.1.1": "uid",
    "0.9.2342.19200300.100.1.25": "domainComponent",
    "1.2.840.113549.1.9.1": "emailAddress",
    "1.2.840.113549.1.9.2": "unstructuredName",
    "1.2.840.113549.1.9.3": "contentType",
    "1.2.840.113549.1.9.4": "id-messageDigest",
    "1.2.840.113549.1.9.5": "signing-time",
    "1.2.840.113549.1.9.14": "extensionRequest",
    "1.2.840.113549.1.9.15": "smimeCapabilities",
    "1.2.840.113549.1.9.20": "friendlyName",
    "1.3.6.1.4.1.311.60.2.1.1": "msJurisdictionLocality",
    "1.3.6.1.4.1.311.60.2.1.2": "msJurisdictionStateOrProvince",
    "1.3.6.1.4.1.311.60.2.1.3": "msJurisdictionCountry",
    "2.5.4": "x509",
    "2.5.4.0": "objectClass",
    "2.5.4.1": "aliasedEntryName",
    "2.5.4.2": "knowledgeInformation",
    "2.5.4.3": "commonName",
    "2.5.4.4": "surname",
    "2.5.4.5": "serialNumber",
    "2.5.4.6": "countryName",
    "2.5.4.7": "localityName",
    "2.5.4.8": "stateOrProvinceName",
    "2.5.4.9": "streetAddress",
    "2.5.4.10": "organizationName",
    "2.5.4.11": "organizationalUnit",
    "2.5.4.12": "title",
    "2.5.4.13": "description",
    "2.5.4.14": "searchGuide",
    "2.5.4.15": "businessCategory",
    "2.5.4.16": "postalAddress",
    "2.5.4.17": "postalCode",
    "2.5.4.41": "name",
    "2.5.4.42": "givenName",
    "2.5.4.43": "initials",
    "2.5.4.44": "generationQualifier",
    "2.5.4.45": "uniqueIdentifier",
    "2.5.4.46": "dnQualifier",
}

# attribute_value_to_string prints these tag numbers as text (whatever the
# class): NumericString, BMPString, VisibleString, PrintableString,
# GeneralString, ObjectDescriptor, GraphicString, T61String, VideotexString,
# UTF8String, IA5String. The content bytes are taken as UTF-8 (a BMPString is
# not decoded as UTF-16): not valid UTF-8 -> the whole name is INVALID.
STRING_TAGS = {18, 30, 26, 19, 27, 7, 25, 20, 21, 12, 22}


class DerError(Exception):
    pass


def read_tlv(data, pos, end):
    """(tag number, constructed, header start, content start, content end)"""
    if pos >= end:
        raise DerError("no header")
    start = pos
    ident = data[pos]
    pos += 1
    constructed = bool(ident & 0x20)
    tag = ident & 0x1F
    if tag == 0x1F:
        tag = 0
        while True:
            if pos >= end:
                raise DerError("cut tag")
            b = data[pos]
            pos += 1
            tag = (tag << 7) | (b & 0x7F)
            if not b & 0x80:
                break
    if pos >= end:
        raise DerError("no length")
    length = data[pos]
    pos += 1
    if length & 0x80:
        n = length & 0x7F
        if n == 0:
            raise DerError("indefinite length")
        if pos + n > end:
            raise DerError("cut length")
        length = int.from_bytes(data[pos:pos + n], "big")
        pos += n
    if pos + length > end:
        raise DerError("length past the end")
    return tag, constructed, start, pos, pos + length


def oid_text(content):
    arcs = []
    value = 0
    for b in content:
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            arcs.append(value)
            value = 0
    if not arcs:
        raise DerError("empty OID")
    first = arcs[0]
    head = [0, first] if first < 40 else [1, first - 40] if first < 80 else [2, first - 80]
    return ".".join(str(a) for a in head + arcs[1:])


def attribute_name(oid):
    if oid in ABBREV:
        return ABBREV[oid]
    if oid in REGISTRY:
        return REGISTRY[oid]
    return "OID(%s)" % oid  # asn1-rs 0.5: format!("{:?}", oid)


def drogue_name(der):
    """The Drogue subject string of one DER-encoded Name."""
    try:
        tag, cons, _, pos, end = read_tlv(der, 0, len(der))
        if tag != 16 or not cons:
            return INVALID
        rdns = []
        while pos < end:
            tag, cons, _, spos, send = read_tlv(der, pos, end)
            if tag != 17 or not cons or spos == send:
                return INVALID
            attrs = []
            while spos < send:
                tag, cons, _, apos, aend = read_tlv(der, spos, send)
                if tag != 16 or not cons:
                    return INVALID
                otag, _, _, opos, oend = read_tlv(der, apos, aend)
                if otag != 6:
                    return INVALID
                vtag, _, _, vpos, vend = read_tlv(der, oend, aend)
                value = bytes(der[vpos:vend])
                if vtag in STRING_TAGS:
                    try:
                        text = value.decode("utf-8", errors="strict")
                    except UnicodeDecodeError:
                        return INVALID
                else:
                    text = value.hex().upper()  # HEXUPPER, no prefix
                attrs.append(attribute_name(oid_text(der[opos:oend])) + "=" + text)
                spos = aend
            rdns.append(" + ".join(attrs))
            pos = send
        return ", ".join(rdns)
    except DerError:
        return INVALID


def tbs_name_spans(tbs):
    """((start, end) of the issuer, (start, end) of the subject) in a TBSCertificate."""
    _, _, _, pos, end = read_tlv(tbs, 0, len(tbs))
    fields = []
    while pos < end and len(fields) < 6:
        tag, cons, start, cpos, cend = read_tlv(tbs, pos, end)
        fields.append((tag, cons, start, cend))
        pos = cend
    if fields and fields[0][1] and fields[0][0] == 0:  # [0] EXPLICIT version
        fields = fields[1:]
    # serialNumber, signature, issuer, validity, subject
    issuer, subject = fields[2], fields[4]
    return (issuer[2], issuer[3]), (subject[2], subject[3])


def tbs_names(tbs):
    """(issuer DER, subject DER) of a TBSCertificate, as in the file."""
    (i0, i1), (s0, s1) = tbs_name_spans(tbs)
    return tbs[i0:i1], tbs[s0:s1]


def load(path):
    data = open(path, "rb").read()
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def der_length(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def splice(template, name_hex, out):
    cert = load(template)
    der = cert.public_bytes(serialization.Encoding.DER)
    tbs = cert.tbs_certificate_bytes
    _, (s0, s1) = tbs_name_spans(tbs)
    _, _, _, body, _ = read_tlv(tbs, 0, len(tbs))
    inner = tbs[body:s0] + bytes.fromhex(name_hex) + tbs[s1:]
    new_tbs = b"\x30" + der_length(len(inner)) + inner
    _, _, _, cpos, cend = read_tlv(der, 0, len(der))
    _, _, _, _, tbs_end = read_tlv(der, cpos, cend)
    rest = der[tbs_end:cend]  # signatureAlgorithm, signatureValue
    body = new_tbs + rest
    with open(out, "wb") as f:
        f.write(b"\x30" + der_length(len(body)) + body)


def main(argv):
    if len(argv) == 4 and argv[0] == "splice":
        splice(argv[1], argv[2], argv[3])
        return 0
    for path in argv:
        issuer, subject = tbs_names(load(path).tbs_certificate_bytes)
        print(json.dumps({"file": path, "subject": drogue_name(subject), "issuer": drogue_name(issuer)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
