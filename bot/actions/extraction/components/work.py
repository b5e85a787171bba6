"""Occupation (curated table + fuzzy matching), occupation class, employment type,
tenure and job changes.
"""

from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..doc_state import Candidate, add, claim_overlapping, has, state, today
from ..numbers import NUM, month_number, parse_number
from ..resources import Occupation, occupations, trie_pattern, work_vocab
from ..text import clause_end, clause_start, is_hypothetical, is_negated, sentence_at
from .common import FIRST_PERSON_RE, PRONOUN_RE, apply_rules, subject_of
from ..literal_scan import compile_gated, regex_of

WORK_CUE_RE = compile_gated(
    r"\b(?:i'?m|i am|im|work(?:ing|ed|s)?|job|career|profession|occupation|by trade|employed|i do|trained|qualified|"
    r"i run|i own|self[- ]employed|freelance|for a living|as an?|been an?|role|position|title|currently|full[- ]time|part[- ]time|"
    r"shift ?work(?:er)?|(?:night|day|early|late|rotating|long|12[- ]hour) shifts)\b"  # "shift worker at the port, crane operator"
)
FUZZY_CUE_RE = compile_gated(
    r"\b(?:i'?m an?|i am an?|im an?|work(?:ing)? as an?|work(?:ing)? as|job is|job title is|i'm working as an?|employed as an?|"
    r"trained as an?|profession is|occupation(?: is)?:?|i'm a self[- ]employed|i am a self[- ]employed|i'm a freelance|by trade i'm an?)\s+"
    r"(?P<phrase>[a-z][a-z'&/-]*(?:\s+[a-z][a-z'&/-]*){0,3})"
)
# "switched jobs twice, now a recruitment consultant": a clause with no subject naming the current job
NOW_A_RE = compile_gated(r"(?:^\s*|[,;.!?]\s*|\band\s+|\blol\s+)(?:now|currently|these days|nowadays)\s+(?:working as\s+)?an?\s+$")
# "self-employed electrician, around 55k": a sentence that opens with the title and its modifiers
LEAD_MODIFIERS_RE = compile_gated(
    r"\s*(?:an?\s+)?(?:(?:self[- ]?employed|freelance|part[- ]time|full[- ]time|qualified|newly qualified|senior|junior|trainee|"
    r"head|lead|chief|contract|agency|locum|semi[- ]retired|underground|offshore|regional|area|experienced|registered|licensed|certified)[\s,]+)+"
)
COVER_QUESTION_RE = compile_gated(r"\b(?:do|does|would|will|can|could|is|are)(?: you| it| they| that| this| the policy)? (?:cover|insure|accept|exclude|take on|pay out (?:for|to))\b|\bwhat about\b|\bhow much (?:for|more)\b")
VOLUNTEER_BEFORE_RE = compile_gated(r"\b(?:volunteer|voluntary|unpaid|retained)\s+(?:\w+\s+)?$|\bvolunteer(?:ing)? as an?\s+$")
# "used to" of a job left, not of being accustomed ("I'm used to working offshore", "got used to nights")
USED_TO = r"(?<!i'm )(?<!im )(?<!am )(?<!get )(?<!got )used to"
# a job left, said before the cue: "I used to work as a nurse"
FORMER_BEFORE_RE = compile_gated(rf"\b{USED_TO}\s+$")
PAST_AS_RE = compile_gated(r"(?<!i've )(?<!ive )(?<!have )(?<!been )\b(?:worked|served|spent (?:\w+ ){1,3}years?) as an?\s+(?:\w+\s+)?$")
RETIRED_NOW_RE = compile_gated(r"\b(?:now|i'm|im|i am|am|since|been|got) (?:\w+ )?retired\b|\bretired now\b|\bin retirement\b")
STUDIED_BEFORE_RE = compile_gated(r"\b(?:uni|university|college|tafe|polytechnic|poly|studying|student)\b[\w' ]{0,20}\b(?:doing|studying|reading|taking) $|\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th) year (?:of|in|doing) (?:my |a |the )?$|\b(?:degree|course|diploma|studies|studying|qualification|apprenticeship) (?:in|of) $|\b(?:i|we|and|also|still|now|currently|part[- ]time|full[- ]time|evenings|nights) (?:study|studies|studying|studied|read|reading|major in|majoring in|majored in|do a degree in|doing a degree in|did a degree in|trained in) (?:some |a bit of |part[- ]time |full[- ]time )?$")
FAMILY_CARER_RE = compile_gated(r"\s+(?:for|to) (?:my|our|his|her) (?:\w+ )?(?:son|daughter|child|kids|children|boy|girl|mum|mom|mother|dad|father|husband|wife|partner|parents?|nan|gran|grandma|grandad|brother|sister)\b")
# someone the prospect dealt with, not their job: "burned by a dodgy advisor", "spoke to a broker"
OTHER_PERSON_BEFORE_RE = compile_gated(r"\b(?:by|from|through|via|dealt with|spoke (?:to|with)|talked (?:to|with)|met (?:with )?|saw|went to|going to|been to|recommended by|sold me|told by) (?:a|an|the|some|this|that|one) (?:\w+ )?$")
# a stretch of work that ended: "retired last year after 35 years teaching"
AFTER_YEARS_RE = compile_gated(r"\bafter (?:about |nearly |over |almost |just over |some )?\S+(?: odd)? (?:years?|yrs|decades?) (?:of |in |as an? |in the |at the )?(?:\w+ )?$")
ENDED_RE = compile_gated(r"\b(?:retired|left|quit|finished|stopped|gave up|made redundant|laid off|packed (?:it|in))\b")
JOB_LABEL_RE = compile_gated(r"\b(?:job|occupation|profession|work|role)\s*[:=-]\s*$")
# "married to Sam who's a teacher": a relative clause about someone else
RELATIVE_IS_RE = compile_gated(r"\b(?:who'?s|who is|who was|whos|that'?s|she'?s|he'?s|shes|hes)\s+(?:an?\s+)?(?:\w+\s+)?$")
# the employer, not the job: "employed by a big contractor" ("semi-retired vet" is still a vet: dev7, dev14)
EMPLOYER_BEFORE_RE = compile_gated(r"\b(?:employed by|(?:work|working|worked) (?:for|with)|contracted to)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?$")
# someone else in that role: "the last advisor I spoke to", "that other broker", "every consultant"
ROLE_HELD_BY_OTHER_RE = compile_gated(r"(?<!i'm )(?<!am )(?<!as )(?<!being )\b(?:the (?:last|other|previous|first|next|old|same)|that|those|another|every|any|no)\s+(?:\w+\s+)?$")
# someone who spoke to or treated the prospect: "Doctor says fatty liver", "the analyst at the bank said no"
OTHER_SPEAKS_AFTER_RE = compile_gated(r"(?:\s+(?!i\b|i'm\b|im\b|me\b|my\b|and\b|but\b|so\b|who\b|which\b|that\b|here\b)[\w']+){0,4}?\s+(?:says|said|told|tells|reckons|reckoned|thinks|thought|advised|advises|recommended|recommends|suggested|suggests|diagnosed|prescribed|wants me|wanted me|put me|gave me|sent me|referred me|found|caught|spotted|discovered|removed|confirmed|picked (?:it|up)|operated|fitted|ran (?:some )?tests|did (?:some )?tests|took out|signed me off|sold (?:me|us|him|her|them|my \w+)|(?:rang|phoned|called|cold[- ]called) (?:me|us))\b")
# a pastime, not the job: "private pilot's licence", "amateur photographer", "hobby beekeeper"
HOBBY_BEFORE_RE = compile_gated(r"\b(?:private|hobby|hobbyist|amateur|recreational|weekend warrior)\s+$")
LICENCE_AFTER_RE = compile_gated(r"(?:'s|s')?\s+(?:licen[cs]e|lessons?|hours logged)\b")
NOT_A_JOB_AFTER_RE = compile_gated(r"\s+(?:calls?|pitch(?:es)?|tactics|patter|spiel|emails?|texts?|brochures?|leaflets?|people|guys|types)\b")
# people the prospect knows or serves, named in the plural: "a group of about 200 nurses", "for local landlords",
# "I know half the builders in town"
GROUP_OF_BEFORE_RE = compile_gated(r"\b(?:of|for|with|to|among|amongst|other|fellow|lots of|loads of|many|all the|(?:half|most|some|plenty) (?:of )?the|know(?: (?:all|most|half|loads|lots|plenty)(?: of)?)?(?: the)?)\s+(?:(?:about|around|over|some|like|\d+|local|other|fellow|young|new|first[- ]time)\s+)*(?:[a-z]+\s+)?$")
# an unpaid role in a club or an online group: "secretary of the local Rotary club", "treasurer for our PTA",
# "admin for a WhatsApp group of 200 nurses"
VOLUNTEER_ROLE_RE = compile_gated(
    r"\s+(?:of|for|at|in|on) (?:the|our|my|a) (?:local )?(?:[\w']+ ){0,2}(?:club|society|association|committee|pta|pto|league|residents|board of governors|governors|parish council|scout group|choir|allotment|"
    r"(?:whatsapp|facebook|fb|telegram|online|community|support|parents'?|mums'?|moms'?|church|youth) (?:group|chat|page|forum))\b"
)
# "started in March as a junior developer", "working nights as a porter" (no subject said)
AS_A_RE = compile_gated(r"(?:^|\b(?:started|joined|working|work|worked|employed|hired|taken on|took a job|job|role|been|currently|now|moved|switched|retrained|since|earning|earn|making|paid|on(?= [£$€r]?\d))\b(?:[^,.;!?]|(?<=\d)[,.](?=\d)){0,30}?)\bas (?:an? )?(?:senior |junior |head |lead |chief |trainee |qualified |principal )?$")
# a sentence with no subject that opens with a verb of working: "work on the rigs offshore, 2 on 3 off"
# pay told with its period, then the title: "₱45,000 monthly as a nurse", "R12 000 per month as a security guard", "£14 an hour as a carer"
PAY_AS_A_RE = compile_gated(r"\d[\d,. ]*k?\s*(?:[a-z]+\s+)?(?:monthly|weekly|yearly|annually|fortnightly|(?:a|per|each|every) (?:month|week|year|annum|hour)|an hour)\s+as (?:an? )?$")
# someone else whose pay it is: "my partner makes $4,000 a month as a dental hygienist"
OTHER_EARNER_RE = compile_gated(r"\b(?:(?:my|our|his|her|their) (?:\w+ )?(?:husband|hubby|wife|partner|spouse|missus|boyfriend|girlfriend|fiance|fiancee|son|daughter|dad|father|mum|mom|mother|brother|sister|friend|mate)|he|she|they)\b")
SUBJECTLESS_RE = compile_gated(r"\s*(?:(?:and|so|but|also|currently|now|just|still)\s+)?(?:work|working|worked|started|joined|drive|driving|run|running|trained|qualified|retrained|been an?)\b")
# a self-description made of short comma items, one of them an age or a status: "41, married, ..."
PROFILE_RE = compile_gated(r"(?:^|[,.:])\s*(?:[1-9]\d\s?(?:[mf]|yo|yrs?)?|single|married|divorced|widowed|separated|engaged|no kids|no dependants|no dependents)\s*(?=[,.]|$)")
FUZZY_STOP = compile_gated(r"\s*[,.;!?].*$|\s+(?:and|at|for|in|with|but|who|from|on|since|so|because|i|my)\b.*$")
NOT_TITLES = {
    "bit", "little", "lot", "smoker", "non", "mum", "mom", "dad", "father", "mother", "parent", "single", "widow",
    "homeowner", "first", "big", "keen", "huge", "fan", "member", "couple", "few", "man", "woman", "guy", "girl",
    "person", "healthy", "fit", "proud", "busy", "type", "social", "heavy", "light", "very", "really", "pretty",
    "contractor",  # a bare "I'm a contractor" is no misspelt "it contractor" (DEV20.md: left unlabelled)
}
# A figure of years as people say it: "a couple of", "couple", "a few"; a range "5-6" / "5 or 6" (its midpoint);
# "two and a half"; "30-odd", "10+"; and "7yrs" with no space after a digit.
FEW = r"a couple of|couple of|a couple|couple|a few"
RANGE = rf"(?:\s*(?:-|–|to|or)\s*(?P<hi>{NUM}))?"
HALF = r"(?P<half>\s+and\s+a\s+half)?"
ODD = r"(?:[\s-]?(?:odd|plus|\+))?"
SP = r"(?:\s+|(?<=\d))"
# how near the figure is, which keeps the number: "the best part of 12 years", "getting on for 10", "going on 4"
APPROX = (r"(?:about |'?bout |abt |around |nearly |near |almost |over |just over |just under |roughly |close to |getting on for |nigh on |the best part of |"
          r"best part of |a good |well over |more than |at least |going on |coming up (?:on |to ))?")
# "for 20 odd years", "for 10+ years": the approximation keeps the number
TENURE_RE = compile_gated(
    rf"\b(?:for|over|about|around|nearly|almost|just over|just under|since|(?:doing|running|had|owned) (?:it|this|that)|(?:same|this) (?:firm|company|job|employer|place|role)|in (?:(?:the|this|my|current) )?(?:role|job|post|position))\s+{APPROX}(?:the (?:last|past) )?"
    rf"(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)\b"
)
# where one works, after "N years at the": "6 years at the council", "my 3rd year with this company"
# ("10 years same chain", "8 yrs with the same supermarket")
WORKPLACES = (r"(?:company|job|firm|role|position|bank|school|hospital|council|place|business|practice|agency|store|shop|employer|post|department|army|force|navy|trade|industry|field|site|team|office|restaurant|factory|warehouse|plant|"
              r"start-?up|garage|salon|surgery|clinic|branch|depot|mine|yard|call cent(?:re|er)|hotel|care home|nursery|lab|studio|outfit|consultancy|mob|"
              r"airline|railways?|nhs|trust|authority|ministry|government|police|fire service|fire brigade|post office|royal mail|kitchen|ward|university|"
              r"workplace|organi[sz]ation|charity|library|port|docks|airport|mill|quarry|refinery|(?:fire|police|power) station|distribution cent(?:re|er)|contact cent(?:re|er)|chain|supermarket|retailer|franchise)\b")
TENURE_AT_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}(?P<half0>\s+and\s+a\s+half)?{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)(?P<half>\s+and\s+a\s+half)?(?:\s+and\s+a\s+bit|\s+and\s+counting)?\s+(?:now\s+)?(?:(?:at|with|in|on)\s+(?:the|this|my|a|an|our)?\s*(?:same\s+|current\s+|new\s+|present\s+)?|(?:the\s+)?same\s+)" + WORKPLACES
)
# "6 years at Tesco", "9 years with Qantas", "22 years with the same builder": the employer by name (checked for a capital
# in the original text) or "the same ..." anything but a partner
NAMED_TENURE_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}(?P<half0>\s+and\s+a\s+half)?{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)(?P<half>\s+and\s+a\s+half)?(?:\s+and\s+a\s+bit|\s+and\s+counting)?\s+(?:now\s+)?(?:at|with|for)\s+"
    r"(?:(?P<same>the same (?!(?:partner|wife|husband|girlfriend|boyfriend|woman|man|guy|girl|car|house|bank account|doctor|gp|dentist|insurer|policy|provider)\b)[a-z])|(?:the\s+)?(?P<org>[a-z]))"
)
# an employer named by a pronoun: "I work for them since 2010", "been with her firm"
OBJECT_PRONOUN_RE = compile_gated(r"\b(?:for|with|by|under|alongside|joined) (?:them|him|her|their|his)\b")
MOVED_TO_RE = compile_gated(r"(?:moved|switched|went) (?:over |across )?to\b")
# a policy's term, not a stretch at work: "I want 400k for 20 years", "cover for 25 years", "a mortgage for 30 years"
TERM_BEFORE_RE = compile_gated(r"(?:\d\s*(?:k|m|grand|000)|\b(?:cover|covered|term|policy|protection|plan|mortgage|loan|fixed|locked in))\s*$")
# "this current kitchen 14 months", "the new place 6 months now": the stretch at the current place
CURRENT_STRETCH_RE = compile_gated(
    rf"(?:\b(?:this|my|the) (?:current|present|new)|(?<![\w-])(?:current|present)) (?:[\w-]+ )?(?:{WORKPLACES}|one|gig|stint)\s*[,:-]?\s+(?:for\s+)?{APPROX}"
    rf"(?P<n>{NUM}|a|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|weeks?)\b"
)
CURRENT_PLACE_RE = compile_gated(r"\b(?:this|current|present|new|same)\b")
# the employer before the figure, in a terse line: "electrician with the council 10 years", "at Tesco 5 years", "nurse for NHS 9 years"
PLACE_THEN_YEARS_RE = compile_gated(
    rf"\b(?:at|with|for) (?:the |a |an )?(?P<org>[a-z][\w&'.-]*(?: [a-z][\w&'.-]*){{0,2}}?),? (?:for )?{APPROX}"
    rf"(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?)\b(?! (?:old|ago|of age))"
)
STUDY_AFTER_RE = compile_gated(r"[^,.;!?]{0,20}\b(?:studying|study|studied|degree|course|student|as a student)\b")
# a stretch that ended, or one that is not work: "I was 6 years with Barclays", "did 30 years with British Rail"
PAST_STRETCH_BEFORE_RE = compile_gated(r"\b(?:was|were|did|spent|had|served)\s+(?:about |nearly |almost |over |just over )?$")
NAMED_NOT_EMPLOYER_AFTER_RE = compile_gated(r"[^,.;!?]{0,25}\b(?:provider|customer|supplier|network|broadband|account|mortgage|loan|member|membership|subscription|before (?:moving|i moved|joining|i joined|switching)|then (?:moved|switched|joined))\b")
# capitalised words after "N years with" that name no employer
NOT_EMPLOYER_NAMES = frozenset({"i", "my", "me", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "covid", "uni", "university", "college", "school", "mum", "mom", "dad", "god"})
# "3rd year there", "in my second year at the bank": the year one is in, counted whole (DEV14.md)
ORDINAL_YEAR_RE = compile_gated(
    r"\b(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|1\d(?:th)|2[0-9](?:st|nd|rd|th)) year (?:now )?"
    r"(?:(?:there|here)\b|(?:at|with|in) (?:the|this|my|our) (?:same |current |new |present )?" + WORKPLACES
    # "my fifth year teaching" (not "second year nursing student": a course)
    + rf"|(?:{trie_pattern(work_vocab()['job_verbs'])})\b(?! (?:student|students|degree|course|apprentice|placement|at (?:uni|university|college))\b))"
)
# "coming up to my 3rd year", "going into my fifth year now": the year one is in, said after one's own job
# ("in my 2nd year of uni" is a course: the sentence must say nothing of study)
MY_NTH_YEAR_RE = compile_gated(
    r"\b(?:coming up (?:to|on)|going into|heading into|starting|into) my (?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|1\d(?:th)) year\b"
    r"(?=\s*(?:now|here|there|in (?:the|this) (?:job|role))?\s*(?:[,.;!?]|$))"
)
STUDY_WORDS_RE = compile_gated(r"\b(?:uni|university|college|degree|course|student|studies|studying|apprenticeship|school year|year group|pregnan\w*|marriage|married)\b")
# "5 years in March at this place", "coming up to 2 years in January": a round figure reached in a coming month (DEV11.md, DEV14.md)
ANNIVERSARY_RE = compile_gated(
    rf"\b(?:coming up (?:on |to )|going on |it'?ll be |it will be )?(?P<n>{NUM})\s+(?:years?|yrs?)\s+(?P<when>in|this|next|come|last) "
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\s*(?:'?\d{2}\b|(?:19|20)\d{2}))"
)
# "been at the hospital 12 years", "been with them just over two years", "been driving for the same mob 12 years"
BEEN_AT_RE = compile_gated(
    rf"\b(?:been|worked|working|workin|work)(?: \w+(?:ing|in))? (?:(?:at|with|in|for) |(?=there |here ))(?!(?:my |the |her |him |his )?(?:same )?(?:wife|husband|partner|girlfriend|boyfriend|fianc|missus|hubby))(?:\w+\s+){{0,5}}?(?:for\s+)?"
    rf"{APPROX}(?:the (?:last|past) )?(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)\b"
)
# "Office manager for a small law firm, 7 years" / "in the warehouse, 3 years now": a trailing duration
# "Freelance graphic designer, going on 4 years now", "receptionist at the surgery, for about 5-6 years",
# "landscaping, self employed 6 years", "sparky, self employed going on 9 yrs now"
TRAILING_RE = compile_gated(
    rf"(?:,\s*|(?<!\S)(?=going on |coming up (?:on |to ))|(?<=self employed)\s|(?<=self-employed)\s|(?<=been going)\s|(?<=been trading)\s|(?<=been open)\s|(?<=selfemployed)\s|(?<=freelance)\s|(?<=on my own)\s)(?:been\s+)?(?:for\s+)?{APPROX}(?:the (?:last|past) )?(?P<n>{NUM}|a|{FEW})"
    rf"{RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?)(?:\s+now|\s+(?:this|next|in) \w+)?\s*(?=$|[,.!;])"
)
# "been a nurse 12 years", "going on 3 years at tesco", "5 years as a teacher", "2 years into the role"
TITLE_YEARS_RE = compile_gated(
    rf"\b(?:been an? (?:[\w-]+ ){{1,2}}(?:for )?|(?:going on|coming up (?:on|to)|nearly|almost|over) (?=\S+ (?:years?|yrs?) (?:now )?(?:at|with) ))"
    rf"{APPROX}(?:the (?:last|past) )?(?P<n>{NUM}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?)\b"
    rf"|\b(?P<n2>{NUM}|a|an|{FEW})(?P<half2>\s+and\s+a\s+half)?{SP}(?P<u2>years?|yrs?|months?|weeks?) (?:as an? [\w-]+|into (?:the|my|this) (?:new |current )?(?:job|role|position|post|contract)|into (?:{trie_pattern(work_vocab()['job_verbs'])}))\b"
)
KIN_IS_BEFORE_RE = compile_gated(r"\b(?:husband|hubby|wife|partner|missus|son|daughter|dad|father|mum|mom|mother|brother|sister)(?:'s| is)\b(?![^.;!?]*\b(?:i|i'm|im|i've|ive|me)\b)")
_VOCAB = work_vocab()
# the employer as the subject, the prospect as the object: "they hired me 3 years ago", "the bank took me on in 2021"
HIRED_ME_RE = compile_gated(r"\b(?:hired|employed|took|taken|brought) me\b")
NOT_JOINED_RE = compile_gated(rf"\b(?:{trie_pattern(_VOCAB['not_joined'])})\b")
# "been farming this land thirty years", "I've been contracting to the same client for 2 years"
JOB_VERB_RE = compile_gated(
    rf"(?:\bbeen (?:{trie_pattern(_VOCAB['job_verbs'])})|(?:'ve|\bive|\bhave) (?:{trie_pattern(_VOCAB['job_verbs_done'])})(?! (?:my|our|his|her|their|him|them)\b))\b(?: [\w']+){{0,5}}? (?:for )?{APPROX}(?:the (?:last|past) )?"
    rf"(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)\b"
)
NEEDS_ARTICLE = frozenset(_VOCAB.get("needs_article", ()))
RATE_AFTER_AMOUNT = frozenset(_VOCAB.get("rate_after_amount", ()))
def _adult_figure(text: str) -> bool:
    """The figure opening ``text`` could be an adult's age (18 to 99)."""
    m = re.match(r"\s*(\d{2})\b", text)
    return m is not None and 18 <= int(m.group(1)) <= 99


# a bare "N years" told beside one's marital status is an age: "software engineer, 29 years, unmarried"
MARITAL_AFTER_RE = compile_gated(r"(?: old)?\s*[,;/-]?\s*(?:and |&amp; )?(?:unmarried|married|single|divorced|widowed|engaged|separated)\b")
TRAVEL_RE = compile_gated(r"\b(?:travel\w*|holiday\w*|backpack\w*|touring|road ?trip|gap year|van ?life|living in (?:a|the|our) (?:van|camper|caravan|motorhome))\b")
# "been on the road 22 yrs", "been in the classroom 12 years", "been on the tools 20 years": the place names the trade
BEEN_PLACE_RE = compile_gated(
    rf"\b(?:i've |ive |i have |i'd |i)?been (?:in|on) the (?:{trie_pattern(_VOCAB['trade_places'])}),? (?:for )?{APPROX}"
    rf"(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)\b(?! (?:old|ago|of age))"
)
WHOLE_ANSWER_ONLY = frozenset(_VOCAB.get("whole_answer_only", ()))
VERB_TITLES = frozenset(_VOCAB.get("verb_titles", ()))
TREATMENT_TITLES = frozenset(_VOCAB.get("treatment_titles", ()))
# an article or "as" (with one word between) before a treatment word makes it the job: "I'm a physio", "as a senior physio"
TITLE_ARTICLE_BEFORE_RE = compile_gated(r"\b(?:an?|as|am|i'm|im)\s+(?:[\w-]+\s+)?$")
# a bare subject right before the word makes it a verb: "I cook for the family", "we curate art"
SUBJECT_BEFORE_RE = compile_gated(r"\b(?:i|we|they|you|she|he)\s+(?:also\s+|still\s+|just\s+|often\s+|sometimes\s+)?$")
OWNED_FIRM_AFTER_RE = compile_gated(rf"\s+(?:{trie_pattern(_VOCAB.get('owned_firm_words', []))})\b")
# "I run a", "we own our own", "running a 40-person", "I have a cleaning business": the firm that follows is the prospect's business, not their trade
RUN_OWN_BEFORE_RE = compile_gated(r"\b(?:run|runs|running|own|owns|owning|have|has|got)\s+(?:(?:a|an|my|our|the|own|small|little|big|local|family|successful|growing)\s+|[\w-]*\d[\w-]*\s+)*$")
# a sum just before: "R500 ", "25k ", "£1,200 " (then "pm" is per month, not a project manager)
AMOUNT_BEFORE_RE = compile_gated(r"\d(?:[\d,.]*\d)?\s*(?:k|m|grand|bucks|quid|rand|euros?|dollars?|pounds?)?\s*$")
# "my wife and I are both teachers", "we're both nurses": the prospect shares the job
# a new title reached at work: "got promoted to site manager in March", "was made up to supervisor", "stepped up to head chef"
PROMOTED_TO_RE = compile_gated(r"\b(?:promoted|made up|stepped up|moved up|bumped up) to (?:an? |the )?(?:[\w-]+ )?$")
# a stretch ended by what is told right after it: "15 years then took voluntary redundancy", "9 years, then I left", "6 years until they closed"
ENDED_AFTER_RE = compile_gated(r"[^.;!?]{0,12}?\b(?:then|and then|until|till|before) (?:i |we |they )?(?:took (?:voluntary |early )?(?:redundancy|retirement)|left|quit|was made redundant|got made redundant|got laid off|was laid off|retired|closed|shut|went bust|moved on|packed (?:it )?in)\b"
    # a stretch before a move abroad or across the country: "drove buses in Harare for 10 years before I came to Birmingham",
    # "nursed in Manila 6 years before we emigrated", "8 years at a bank before moving here"
    r"|[^.;!?]{0,12}?\bbefore (?:i |we )?(?:came|come|moved|moving|emigrated|emigrating|relocated|relocating|immigrated|coming)\b")
# the trade taken up again or now being done: "went back to nursing after a career break", "1 year into driving a bus"
BACK_TO_RE = compile_gated(r"\b(?:(?:went|gone|got|came|going) back (?:in)?to|(?:years?|yrs?|months?) into)\s+$")
BOTH_BEFORE_RE = compile_gated(r"\b(?:and i|and me|we)(?:'re| are)? both\s+$")
ARTICLE_BEFORE_RE = compile_gated(r"\b(?:an?|as|am|i'm|im)\s+$")
NOT_TITLE_AFTER_RE = compile_gated(rf"\s+(?:{trie_pattern(_VOCAB.get('not_title_after', []))})\b")
HAZARD_SETTING_RE = compile_gated(_VOCAB["hazard_setting"])
TRAVEL_SETTING_RE = compile_gated(_VOCAB["travel_setting"])
HEALTH_EVENT_RE = compile_gated(rf"\b(?:{trie_pattern(_VOCAB.get('health_events', []))})\b")
TITLE_PATTERNS = [(compile_gated(p), t) for p, t in (_VOCAB.get("title_patterns") or {}).items()]
MAIN_JOB_RE = compile_gated(_VOCAB["main_job"])
SIDE_JOB_RE = compile_gated(_VOCAB["side_job"])
GIG_WORK_RE = compile_gated(_VOCAB["gig_work"])
SEVERAL_JOBS_RE = compile_gated(_VOCAB["several_jobs"])
# what parts two jobs held at once: "uber driver + warehouse", "I tutor, I do uber eats and I sell on etsy"
JOB_LIST_SEP_RE = compile_gated(r"\band\b|\+|&|\bplus\b|\bas well as\b|[,;.]\s*(?:and\s+)?(?:i|i'm|im|i also|also)\b")
# two jobs one after the other, not at once: "worked in a kitchen, then care homes, now ..."
JOB_SEQUENCE_RE = compile_gated(r"\b(?:then|now|before|after|used to|previously|later|since|until|ago|was|were|left|quit|moved|switched|retired|retrained)\b")
# the job held now, after earlier ones: "..., now I'm a porter", "currently a driver"
# a title that is only a place of work ("work offshore", "working on the rigs"), said beside a real title
WORK_SETTING_RE = compile_gated(r"(?:i )?work(?:s|ing)? (?:on|in|at|offshore|away|abroad|down)\b")
NOW_BEFORE_RE = compile_gated(r"\b(?:now|currently|these days|nowadays)\b[^,.;!?]*$")
# one of several jobs: (start, end, its occupation candidate, or None for work told without a title)
Job = tuple[int, int, Optional[Candidate]]
# a trade's body of members, not the prospect's job: "Shopkeepers association has 150 members", "the nurses' union"
ASSOCIATION_AFTER_RE = compile_gated(r"'?\s+(?:association|union|federation|society|guild|forum|network|chamber|collective|cooperative|co-op)\b")
# a group named before, whose officers are no employees: "... association has 150 members, I am the secretary"
GROUP_BODY_RE = compile_gated(r"\b(?:association|club|society|committee|union|stokvel|chama|pta|pto|league|guild)\b")
# a title naming other people: "20 admin staff", "the admin team"
PEOPLE_AFTER_RE = compile_gated(r"\s+(?:staff|people|colleagues|workers|team|teams|department)\b")
# "I work in a warehouse, forklift driver": a place of work named after in/at is weaker than a title
PLACE_BEFORE_RE = compile_gated(r"\b(?:in|at|on)\s+(?:an?\s+|the\s+)?$")
EXTRA_JOB_WORDS_RE = compile_gated(rf"\b(?:{trie_pattern(_VOCAB['job_words'])}|{trie_pattern(_VOCAB['job_verbs'])})\b")
# "26 years service", "25 years doing it", "9 years there", "20 years on the tools", "12 years self employed"
YEARS_DOING_RE = compile_gated(
    rf"\b(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)(?:'|’)?\s+(?:of\s+)?"
    rf"(?:service|served|doing (?:it|this|that|the job)|at it|(?:in|on) the (?:{trie_pattern(_VOCAB['trade_places'])})|there|here|underground|offshore|at sea|down the (?:pits?|mines?)"
    # working for oneself: "roofer, 12 years self employed", "tiler, 6 years on my own", "8 years freelance"
    r"|self[- ]?employed|freelance|freelancing|for myself|on my own(?! (?:with|raising|bringing|since (?:the|my|we|he|she)))|my own boss)\b"
)
# "ten months in at the new place", "two years in now", "six months in, loving it"
MONTHS_IN_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|a few|a couple of)\s+(?P<u>years?|yrs?|months?|weeks?)\s+in\b(?=\s+(?:at|with|on|to|now)\b|\s*(?:[,.!;]|$))"
)
_SECTORS = trie_pattern(_VOCAB["sectors"])
# a firm's account, loan or van is not the firm: "had the business account for 10 years"
_OWNED = rf"(?:{trie_pattern(_VOCAB['owned_places'])})\b(?! (?:account|loan|card|credit card|insurance|policy|car|van|phone|mortgage|pension|partner|overdraft)\b)"
# a line of work named as its field: "12 years in banking", "two decades in nursing", "been in IT for 12 years"
# (not "3 years in law school": a course)
SECTOR_YEARS_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?) (?:now )?in (?P<sector>{_SECTORS})\b(?! (?:school|degree|course|student|studies|exams?|left|to run|to go|remaining)\b)"
    rf"|\b(?:been|worked|working) in (?P<sector2>{_SECTORS}),? (?:for )?{APPROX}(?:the (?:last|past) )?(?P<n2>{NUM}|a|an|{FEW}){SP}(?P<u2>years?|yrs?|months?|decades?)\b(?! (?:old|ago|of age))"
)
# "I started at the company 3 years ago" (NOT_TENURE_RE would drop "ago")
# "joined straight out of uni six years ago", "started this new job three weeks ago", "got the job here 2 years ago"
STARTED_AGO_RE = compile_gated(
    rf"\b(?:started|joined|began|hired|taken on|qualified(?! for)|(?:went|got|came) back (?:in)?to (?:{trie_pattern(_VOCAB['job_verbs'])}|work|the job|my job)|took (?:the|this|my) (?:job|role|post)|got (?:the|this|my) (?:job|role|post)|came (?:here|on board)|moved (?:here|over|across)|(?:hired|employed) me|(?:took|taken|brought) me on(?! (?:holiday|a trip|tour|a date))|new (?:job|role|position|post) (?:as of|since|from)|(?:opened|set up|founded|bought|took over) (?:the|my|our|a|an) (?:own )?(?:[\w'-]+ ){{0,2}}?{_OWNED})\b"
    rf"[^.;!?]{{0,40}}?\b(?P<n>{NUM}|a|an|{FEW}){SP}(?P<u>years?|yrs?|months?|weeks?|wks?) (?:ago|back)\b"
)
# the time one has had one's own firm: "I've had the shop for ten years", "we've run the cafe seven years"
# (a stretch told in the past, "I had the shop ten years", ended)
OWNED_FOR_RE = compile_gated(
    rf"(?:(?:'ve|\bive|\bweve|\bhave)\s+(?:had|owned|run|kept|been running)|\bbeen running|\brunning|^\s*(?:had|owned|run))\s+(?:the|my|our|this)\s+(?:own\s+)?(?:[\w'-]+\s+){{0,2}}?{_OWNED}\b,?\s+(?:for\s+)?{APPROX}(?:the (?:last|past) )?"
    rf"(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?)\b(?!\s+(?:old|ago|back))"
)
# "10 years experience as a welder", "9 years under my belt": time in the trade (weaker than time at the current place)
EXPERIENCE_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|decades?)(?:'|’)?\s+(?:of\s+)?(?:[\w-]+\s+)?(?:experience|under my belt)\b(?! (?:with|of|dealing)\b)"
)
# "the last 8 years I've been a nurse": the stretch said first, then the job
LEAD_STRETCH_RE = compile_gated(
    rf"\b(?:(?:for|over) )?(?:the )?(?:last|past) (?P<n>{NUM}|{FEW}){RANGE}{SP}(?P<u>years?|yrs?|months?|decades?),? (?:i've|ive|i have) (?:been|worked)\b"
    r"(?! (?:at home|home|off|out|on leave|on benefits|unemployed|looking|travell?ing|caring|trying|single|married|ill|sick|unwell|in and out|renting|living|with)\b)"
)
# "nine years working for the council", "9 years of working there": the figure, then the working
YEARS_WORKING_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|decades?) (?:now )?(?:of )?(?:working|employed) (?:for|at|with|in|on|there|here|as)\b"
)
# a firm opened, set up or bought, said with its start: "opened my salon in 2019", "bought the pub 6 years ago"
# the firm given up since: "had the shop ten years but sold it"
SOLD_AFTER_RE = compile_gated(r"[^.;!?]{0,30}\b(?:sold|closed|shut|gave (?:it )?up|until|before|retired|went bust|folded)\b")
OWNED_START_RE = compile_gated(rf"(?:opened|set up|founded|bought|took over|started) (?:the|my|our|a|an) (?:own )?(?:[\w'-]+ ){{0,2}}?{_OWNED}\b")
# "three years since I joined", "18 months since I started here"
SINCE_JOINED_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|months?|weeks?) since (?:i|we) (?:first )?(?:started|joined|began|got (?:the|this) job|was taken on|got taken on|came on board)\b"
    r"(?! (?:smoking|vaping|drinking|dating|seeing|going|running|taking|uni|university|college|school|the gym|my course|therapy|treatment|on (?:the )?(?:pill|meds|tablets)))"
)
# "11 years a nurse", "15 yrs mechanic", "25 years as a carpenter": the figure right before the prospect's own title
YEARS_BEFORE_TITLE_RE = compile_gated(rf"(?:^|[\s,.;:!?])(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?|decades?)(?: now)? (?:as )?(?:an? )?$")
PAST_BEFORE_RE = compile_gated(r"\b(?:was|were|spent|did|used to|before|previously|retired|left|quit)\b")
# "We own a restaurant together, me and my husband, 12 years now": owning together is no relationship's length
OWNED_TOGETHER_RE = compile_gated(rf"\b(?:own|owns|run|runs|ran|had|have|opened|bought|started|set up) (?:a|an|the|our|my) (?:[\w'-]+ ){{0,2}}?{_OWNED} together\b")
# "Been a nurse 20 years, the last 8 on this ward": the stretch with the current employer beats the career
LAST_STRETCH_RE = compile_gated(
    rf"\b(?:the )?(?:last|latest|past) (?P<n>{NUM})(?: (?P<u>years?|yrs?))?(?: (?:of (?:them|those|it) )?(?:on|in|at|with|here|there)\b(?! (?:total|all))|(?=\s*(?:now|or so)?\s*(?:[,.;!?]|$)))"
)
# "changed jobs twice in the last 5 years", "3 employers over the past 5 years": the window job changes are counted in, not a stretch
CHANGES_WINDOW_BEFORE_RE = compile_gated(r"\b(?:chang\w*|switch\w*|moved|jobs|employers|roles|companies|firms)\b[^,.;!?]{0,25}\b(?:in|over|within|during)\s+$")
# "Own company last 6 years", "self-employed the past 4 years": the stretch in one's own business or the current job
OWN_STRETCH_BEFORE_RE = compile_gated(r"\b(?:own (?:company|business|firm|shop|practice|outfit|salon|garage)|my own boss|self[- ]?employed|on my own|(?:this|current|present) (?:job|role|company|firm|place|employer|post))\b[^,.;!?]{0,12}$")
# "been in IT 20 years but only 2 at this company", "I've only been at mine 2": a short stretch with the current employer
ONLY_STRETCH_RE = compile_gated(
    rf"\bonly (?:been (?:at|with) (?:mine|my place|my one|this one|this place|here|there) (?:for )?)?(?P<n>{NUM})(?: (?P<u>years?|yrs?))?"
    r"(?: (?:at|with|in) (?:this|the|my|our|the current|the new) \w+|(?=\s*(?:now)?\s*(?:[,.;!?]|$)))"
)
# "just started in March", "been here since February", "joined in June last year" (no year said)
MONTH_START_RE = compile_gated(
    r"\b(?:(?:left|quit) (?:my |the )?(?:old |last |previous )?(?:job|role|employer|company|firm) in|(?:took|got|landed|started|accepted|found) (?:a |the |this |my |another )?(?:new )?(?:job|role|position|post|one)(?: here| there)?(?: in)?|(?:started|joined|began|hired|taken on|moved over|moved across|switched over)(?: (?:here|there|(?:at|with) (?:the |my |this |a )?[\w']+|the \w+|this job|the role|work|working))?(?: back)? in|since|"
    r"(?:(?:took|got|landed|started|accepted|found) (?:a |the |this |my |another )?(?:new )?(?:job|role|position|post|one)|(?:started|joined|began)(?: (?:here|there|(?:at|with) (?:the |my |this |a )?[\w']+|the \w+))?)(?=\s+last\s))\s+"
    r"(?P<lastmon>(?:last|this past) )?(?:the )?(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter)\b"
    r"(?!\s*,?\s*(?:of\s+)?(?:'?\d{2}\b|(?:19|20)\d{2}|\d))(?P<last>\s+(?:last|this) year)?"
)
# "started my plumbing business when I was 25, I'm 41 now" (with the age said)
STARTED_AT_AGE_RE = compile_gated(
    r"(?:\b(?:started|began|set up|founded|opened|joined|took over|since|been at it|been doing it)\b[^.;!?]{0,50}?\b(?:when i was|since i was|at the age of|aged|at)|\b(?:ever )?since i was) (?P<age>1[4-9]|[2-6]\d)\b(?! (?:years?|yrs?|months?|k\b|%|pounds|dollars))"
)
# "left the army in 2022 and I've been driving HGVs ever since"
EVER_SINCE_RE = compile_gated(r"\bin (?P<year>(?:19|20)\d{2})\b(?=[^.;!?]{0,80}\b(?:ever since|since then)\b)")
# "since 2015", "started at the council in 2019", "since leaving uni in 2016 I've been at the bank"
# "moved to TCS in 2022", "moved over to the bank in 2021": the move starts the current job
# "when did I start... Feb 2021 I think": a start asked about and answered in one breath
SINCE_RE = compile_gated(r"\b(?:since|since (?:\w+ ){1,3}in|(?:started|began|joined|set up|founded|opened|took over|qualified(?! for)) (?:\w+ ){0,5}(?:back )?in|(?:moved|switched|went) (?:over |across )?to (?:[\w'&-]+ ){1,3}in|"
                      r"been there since|hired in|working there since|employed since|there since|(?:start|join)(?:ed)?\s*(?:\.\.+|[-–:?,])(?:\s*(?:in|around|about))?)\s*"
                      r"(?:(?:the )?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*,? (?:of )?)?(?P<year>(?:19|20)\d{2}|['’]\d{2})\b")
WITH_KIN_RE = compile_gated(r"(?:\b(?:i|i've|ive|i'm|im|we|we've)\b[^.;!?]*?\b(?:with|alongside|together with)|\bme and) (?:my|our) (?:\w+ )?(?:husband|wife|partner|brother|sister|dad|father|mum|mom|mother|son|daughter|family|cousin|uncle|in-laws)\b(?=[^.;!?]*$)")
# "I am Kavita, 42 years, I run a shop": a bare number of years right after a name is the age
NAME_INTRO_RE = compile_gated(r"\b(?:i am|i'm|im|my name is|my name's|name's|this is)\s+[a-z]+\s*,\s*$")
# "roofer 12 years", "chef for about 9 yrs now": a duration right after the title (not "12 years old")
TITLE_THEN_YEARS_RE = compile_gated(
    rf"\s+(?:for\s+)?{APPROX}(?:the (?:last|past) )?(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}{SP}(?P<u>years?|yrs?)\b(?!\s+(?:old|ago|of age))"
)
# "before that Deloitte for 6 years": a past job's stretch, told in the same clause
PAST_STRETCH_RE = compile_gated(r"\b(?:before that|before this|before then|prior to that|prior to this|previously|my (?:old|last|previous) (?:job|employer|role|company|firm))\b[^,.;!?]*$")
# "new job in March after 8 years at my last place": a stretch ended by the move told in the same sentence
AFTER_STRETCH_RE = compile_gated(r"\bafter (?:about |nearly |almost |over |just over |some |(?:a|an) )?$")
MOVED_RE = compile_gated(r"\b(?:new (?:job|role|position|post|employer|company|firm)|started|joined|moved|switched|changed|took|left|quit)\b")
# "just started", "only just joined": a start this week, said with no date
JUST_STARTED_RE = compile_gated(r"\b(?:only |literally )?just (?:started|joined|begun|been taken on|got taken on)\b(?! (?:smoking|vaping|drinking|dating|seeing|going|running|taking|to|on (?:the )?(?:pill|meds|tablets)|a (?:diet|course)|the gym|uni|college|school|looking|thinking|saving))")
# a sentence that is only a duration: "12 yrs.", "for 8 years now", "about 6 years"
BARE_DURATION_RE = compile_gated(
    rf"\s*(?:(?:and |so )?(?:for |been )?{APPROX})(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}\s*(?P<u>years?|yrs?)(?:\s+(?:now|there|here|in|in the job|in the trade|doing it))?\s*[.!]*\s*"
)
# a list item that is only a duration: ", 8 years," / ", about 6 yrs."
DURATION_ITEM_RE = compile_gated(rf",\s*(?:{APPROX})?(?P<n>{NUM}|{FEW}){RANGE}{HALF}{ODD}\s*(?P<u>years?|yrs?)(?:\s+now)?\s*(?=[,.;!]|$)")
# the item before it says whom the prospect works for: "work for a firm in the city", "employed by the council", "with the NHS"
EMPLOYER_ITEM_RE = compile_gated(r"\s*(?:and |i |i've |ive )?(?:work(?:ing)?|worked|employed|been) (?:for|at|with|by) (?!myself|me\b)\w")
# the whole answer when the bot asked how long: "best part of a decade", "2 and a half years", "a year or so"
EXPECTED_ANSWER_RE = compile_gated(
    rf"(?:(?:um+|erm+|well|so|oh|hmm+|i'd say|i think|probably|maybe|roughly)[,.\s]+)*{APPROX}(?:the (?:last|past) )?(?P<n>{NUM}|a|an|{FEW}){RANGE}{HALF}{ODD}{SP}"
    r"(?P<u>years?|yrs?|months?|decades?)(?: or so| and a half| now| in total| or thereabouts)?(?:,? i (?:think|guess|reckon))?\s*[.!]*"
)
STARTED_LAST_YEAR_RE = compile_gated(r"\b(?:started|joined|began) (?:(?:at|with|the|this|my|a|new|there|here|working) ){0,3}(?:job |role |position |company |firm |place |[\w']+ )?last (?P<u>year|month|week)\b")
JOB_WORDS_RE = compile_gated(
    r"\b(?:job|work|worked|working|company|firm|employer|role|position|there|career|trade|industry|field|business|practice|profession|"
    r"employed|department|post|been a|been an|been an?\s+\w+|as an?|at \w+|with \w+|the army|the force|the police|the council|the bank|school|hospital|"
    r"service|outfit|depot|site|office|(?:for|with|at) the same)\b"
)
# A money or cover word that heads a job title is no sign the stretch is something else: "policy analyst, been there since 2014",
# "mortgage adviser 6 years", "area manager since 2019", "insurance underwriter for 8 years".
_TITLE_NEXT_WORDS = rf"(?:{trie_pattern(_VOCAB['title_heads_nouns'])})\b"
_TITLE_NEXT = rf"(?! {_TITLE_NEXT_WORDS})"
NOT_TENURE_RE = compile_gated(rf"\b(?:career break|sabbatical|time off|can'?t work|cannot work|couldn'?t work|unable to work|married|waiting|admission|admitted|flare|unemploy|out of work|off work|off sick|redundan|between jobs|maternity|wait list|queue|smok|house|living|renting|rent(?! (?:a|my|the) (?:chair|desk|unit|booth|stall|bench|space|van|workshop))|mortgage{_TITLE_NEXT}|together|divorced|quit|stopped|gave up|ago|diagnos|retired|drink|exercise|gym|running(?!\s+(?:it|the|my|a|our|this)\b)|dating|sober|vap|insur(?!ers?\b|ance (?:company|companies|firm|broker|giant|group))(?!\w* {_TITLE_NEXT_WORDS})|policy{_TITLE_NEXT}|cover{_TITLE_NEXT}|loan{_TITLE_NEXT}|debt{_TITLE_NEXT}|country|(?<!started )(?<!joined )(?<!began )here in|uk|us\b|(?<!with the )(?<!for the )(?<!at the )(?:city|town)|area{_TITLE_NEXT}|expenses|savings{_TITLE_NEXT}|saved|emergency fund|worth of|buffer)")
JOB_CHANGE_RE = compile_gated(
    r"\b(?:changed|switched|moved|swapped|changing|switching|moving|hopped)\s+(?:jobs?|employers?|companies|company|roles?|firms?|positions?|careers?"
    # an employer named by its kind, changed not moved ("changed trusts twice since 2022", "switched agencies 3 times";
    # "moved schools twice" is a child's)
    r"|(?<!moved )(?<!moving )(?:trusts|hospitals|practices|agencies|branches|stores|depots|banks|councils|schools))\s+"
    r"(?P<n>once|twice|three times|four times|\d+ times|\w+ times|a few times|a couple of times|several times|a lot|a couple times)"
)
# "that's job change number 2 in five years", "my third job move since 2021": the count is the number said
JOB_CHANGE_NUMBER_RE = compile_gated(
    r"\bjob (?:change|move|switch|hop) (?:number |no\.? ?|#)(?P<n>[1-9]|one|two|three|four|five|six)\b"
    r"|\b(?P<nth>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) job (?:change|move|switch|hop)\b"
)
# "two job changes", "just the one job change since 2021"
JOB_CHANGE_COUNT_RE = compile_gated(
    rf"\b(?P<n>{NUM}|a couple of|a few|several|(?:just |only )?the one|a single)\s+(?:job|employer|career)\s+(?:changes?|moves?|switch(?:es)?|hops?)\b"
)
JOBS_IN_RE = compile_gated(
    rf"\b(?P<n>{NUM})\s+(?:different\s+)?(?P<noun>jobs|employers|companies|roles|firms|places)\s+(?:in|over|within)\s+(?:the\s+)?(?:last|past)?\s*(?:5|five)\s+years\b"
)
# "3 different employers since 2022 counting this one" (a year within the five): N employers, N - 1 changes;
# "not counting this one" adds the current one back
JOBS_SINCE_RE = compile_gated(
    rf"\b(?P<n>{NUM})\s+(?P<other>other\s+)?(?:different\s+)?(?P<noun>jobs|employers|companies|firms|places)\s+since\s+(?P<year>20\d{{2}})\b(?P<excl>[^.;!?]{{0,12}}\b(?:not counting|not including|excluding|before) (?:this|the current|my current) (?:one|job|role|place)\b)?"
)
# "third job since covid", "my 4th employer since 2022": since covid counts as the five years (DEV11.md)
NTH_SINCE_RE = compile_gated(r"\b(?P<nth>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:job|employer|company|role|place|firm) (?:since|in) (?:covid|the pandemic|lockdown|(?:the )?(?:last|past) (?:[2-5]|two|three|four|five) (?:years|yrs)|(?:[2-5]|two|three|four|five) (?:years|yrs)|(?P<year>20\d\d))\b")
NTH_JOB_RE = compile_gated(r"\b(?:this is|it's|its|this'll be|now on) (?:my|our) (?P<nth>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:job|employer|company|role|place|firm)\b")
# "I've moved jobs a lot ... so 3 changes I guess": a bare count of changes in a sentence about jobs
# "4 times in 5 years", "job hopper, 5 moves in 5 years", "3 switches in the last five years" (read only in a message about jobs)
TIMES_IN_RE = compile_gated(rf"\b(?P<n>{NUM}|once|twice) (?:times?|moves|changes|switches|hops) in (?:the (?:last|past) )?(?:5|five) (?:years|yrs)\b|\b(?P<w>once|twice) in (?:the (?:last|past) )?(?:5|five) (?:years|yrs)\b")
BEFORE_THAT_RE = compile_gated(r"\b(?:before that|before this|before then|prior to that|prior to this)\b[^.;!?]{0,40}\b(?:jobs|roles|employers|companies|moved|switched|changed|hopped|bounced)\b")
# "job changes... I'd say 2, not counting a temp thing": the count after the topic words
# "job changes - 3", "job changes: none" (a form-like answer)
SAY_CHANGES_RE = compile_gated(rf"\b(?:job|employer|career) changes?\b(?:[^;!?\d]{{0,20}}?\b(?:i'd say|i reckon|i think|probably|maybe|about|roughly|around|call it|so|just|only)\s+|\s*(?:[-:=–]+|is|are|were|was|would be)\s*)(?P<n>\d|one|two|three|four|five|six|none|zero)\b")
BARE_CHANGES_RE = compile_gated(rf"\b(?:so|that's|thats|about|maybe|roughly)\s+(?P<n>{NUM})\s+changes\b")
# "just changed jobs" (a new job alone, "just started a new job", counts none: dev5, dev12, dev16)
RECENT_CHANGE_RE = compile_gated(r"\b(?:just|recently|only just|last year|this year) (?:changed|switched|moved) (?:jobs?|employers?|companies|roles?)\b|\bchanged jobs (?:last|this) year\b")
TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4, "a few times": 3, "a couple of times": 2,
         "a couple times": 2, "several times": 4, "a lot": 5}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
# "switched twice in the last few years", "changed 3 times in the past couple of years": a count of changes
# in a recent window, with the jobs left unsaid (the bot asked about them)
WINDOW_CHANGES_RE = compile_gated(
    rf"\b(?:changed|switched|hopped|jumped ship|moved on)\s+(?P<n>once|twice|{NUM} times)\s+(?:in|over|within)\s+(?:the\s+)?(?:last|past)\s+(?:few|couple of|{NUM})\s+(?:years|yrs)\b"
)
# "moved twice in the last five years", "only moved once in the past 5 yrs": a bare "moved", read only in a message about work
MOVED_WINDOW_RE = compile_gated(
    rf"\b(?:moved|moved on|jumped|changed)\s+(?P<n>once|twice|{NUM} times)\s+(?:in|over|within)\s+(?:the\s+)?(?:last|past)\s+(?:5|five)\s+(?:years|yrs)\b"
)
# the household moving, not the prospect's job: "we've moved twice in the last five years"
WE_BEFORE_RE = compile_gated(r"\b(?:we|we've|weve|we'd|we're|us|family)\b")
# "in the last five years I went from retail to warehouse to now driving for DHL": each "to" on the path is a move
PATH_RE = compile_gated(r"\b(?:went|gone|moved|switched|jumped|bounced|hopped|progressed) from (?P<path>[a-z][^.;!?\d]{0,80})")
PATH_WINDOW_RE = compile_gated(r"\b(?:in|over|within) (?:the )?(?:last|past) (?:5|five) (?:years|yrs)\b|\bsince (?:covid|the pandemic|lockdown|202[1-6])\b")
NOT_A_JOB_PATH_RE = compile_gated(r"\b(?:full[- ]time|part[- ]time|days|nights|shifts|house|flat|home|renting|single|married|smoking|vaping|size|stone|kilos?)\b")
# "started at Infosys in 2018 and moved to TCS in 2022": one employer named, then a dated move to another
DATED_MOVE_RE = compile_gated(
    r"\b(?:started|joined|was|worked|been) (?:at|with|for) [\w&'.-]+(?: [\w&'.-]+)?(?: (?:in|from) (?:19|20)\d\d| for \S+ (?:years?|yrs))?,?\s+"
    r"(?:and |then |but )*(?:moved|switched|went|jumped|changed) (?:over |across )?to [\w&'.-]+(?: [\w&'.-]+)? in (?P<year>20\d\d)\b"
)
# "I moved from Lidl to Aldi in 2023", "switched from the council to a housing association in 2022"
FROM_TO_MOVE_RE = compile_gated(r"\b(?:i |i've |ive )?(?:moved|switched|went|jumped|changed(?: jobs)?) (?:over )?from (?:the )?[\w&'.-]+(?: [\w&'.-]+){0,2} to (?:the |a |an )?[\w&'.-]+(?: [\w&'.-]+){0,2} in (?P<year>20\d\d)\b")
# a move of home or country, or a move within the same job: "moved from Leeds to York in 2023, same job, remote"
PLACE_MOVE_RE = compile_gated(r"\b(?:house|flat|home|country|city|town|abroad|here|over here|the uk|the us|australia|canada|nz|new zealand|ireland|england|scotland|wales|dubai|london|same (?:job|company|employer|firm|role) (?:but|just|,))\b|,\s*same (?:job|company|employer|firm|role)\b")
# "at KPMG since 2023, before that Deloitte for 6 years": an earlier employer told after a recent start
BEFORE_JOB_RE = compile_gated(
    r"\b(?:before that|before this|prior to that|previously)\b,?\s+(?!(?:i was |i worked |was |worked |i was just |i spent \S+ (?:years? )?)?(?:at |in |with |for |a |an |on )?"
    r"(?:uni|university|college|school|studying|student|travell?ing|maternity|off|unemployed|out of work|home|nothing|the same|benefits|the dole)\b)"
    r"(?:(?:i was |i worked |was |worked |i spent \S+ (?:years? )?)?(?:at|with|for) [a-z]|(?!i\b|we\b|he\b|she\b|they\b|it\b|married|living|renting)[a-z][\w&'.-]* (?:for|as)\b)"
)
# something else begun between a title and a start date: "I'm a nurse, lived in Leeds since 2010", "chef, had my dog since 2020"
OTHER_DOING_RE = compile_gated(r"\b(?:lived|live|living|had|have|known|moved|been|got|vegetarian|vegan|sober|clean|off|on|married|together|with (?:my|our))\b")
# the years of "1 year 3 months", "two years and six months", "a year, 4 months" (the months are matched on their own)
YEARS_BEFORE_MONTHS_RE = compile_gated(rf"\b(?P<n>{NUM}|a|an)\s+(?:years?|yrs?),?\s+(?:and\s+)?$")
MONTHS_AFTER_YEARS_RE = compile_gated(rf"\s+(?:and\s+)?(?P<n>{NUM})\s+months?\b(?!\s+(?:off|ago|of|on|leave|sick|unpaid|maternity|paternity|notice|probation|in hospital|out))")
# cheap whole-text topic checks, compiled once
UNIT_RE = compile_gated(r"year|yr|month|decade|week|wk")
TENURE_TOPIC_RE = compile_gated(r"year|yr|month|last week|left|quit|decade|week|wk|since|start|join|hired|qualified|began|opened|founded|set up|taken on|took over| ago|new (?:job|one)|"
                             r"(?:got|landed|took|found|accepted) (?:a |the |this |my |another )?(?:new )?(?:job|role|position|post)|"
                             r"last (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)")
# a message that is only a tenure answer: "18 months in", "Started in March last year", "just started",
# "coming up to 2 years in January", "when did I start... Feb 2021 I think"
SHORT_TENURE_RE = compile_gated(
    r"(?=.{0,60}$)(?:(?:um+|erm+|hmm+|well|so|oh|ok|only|i think|i guess|i'd say|ha+|lol)[,.\s]+)*"
    r"(?:(?:i(?:'ve| have)? )?(?:only |literally )?(?:just |only just )?(?:started|joined|began|moved over|moved across)\b(?! (?:smoking|vaping|drinking|dating|seeing|going|running|taking|on (?:the )?(?:pill|meds|tablets)|a (?:diet|course)|the gym|uni|college|school|to))"
    r"|when did i (?:start|join)\b|(?:about |around |nearly |almost |just over |roughly )?\S+ (?:and a half )?(?:years?|yrs?|months?|weeks?) in\b"
    r"|(?:coming up|going on) (?:on |to )?\S+ (?:years?|yrs?|months?)\b).*"
)
JOB_CHANGE_TOPIC_RE = compile_gated(r"job|employer|compan|role|firm|position|career|stayed put|places|trusts|hospitals|practices|agencies|branches|stores|depots|banks|councils|schools")
# "3 companies in the last 5 years": the years are the window jobs are counted in, not the time in this one
COUNTED_JOBS_BEFORE_RE = compile_gated(r"\b(?:\d+|two|three|four|five|six|seven|a few|several|a couple of)\s+(?:different\s+)?(?:jobs|employers|companies|roles|firms|places)\s+(?:in|over|within|during)\s+(?:the\s+)?(?:last|past)?\s*$")
# "worked 5 different places since 2021": places counted are workplaces only when working is said
# ("lived in 4 places since 2022" is a move of home)
WORKED_PLACES_RE = compile_gated(r"\b(?:worked|working|work|been employed|jobs?)\b[^.;!?]{0,25}$")


# literals that a pattern opening with a number must contain: a cheap scan before the costly one
# (keyed by id(): hashing a compiled pattern hashes its whole program, on every lookup)
HINTS = {id(k): v for k, v in {
    MONTHS_IN_RE: compile_gated(r"(?:year|yr|month|week)s?\s+in\b"),
    YEARS_DOING_RE: compile_gated(r"(?:year|yr|month)s?(?:'|’)?\s+(?:of\s+)?(?:service|served|doing|at it|in the|on the|there|here|underground|offshore|at sea|down the|self|freelanc|for myself|on my own|my own)"),
    TENURE_AT_RE: compile_gated(r"(?:year|yr|month|decade)s?(?:\s+and\s+(?:a\s+(?:half|bit)|counting))?\s+(?:now\s+)?(?:at|with|in|on|the same|same)\b"),
    CURRENT_STRETCH_RE: compile_gated(r"\b(?:current|present|new) "),
    NAMED_TENURE_RE: compile_gated(r"(?:year|yr|month|decade)s?(?:\s+and\s+(?:a\s+(?:half|bit)|counting))?\s+(?:now\s+)?(?:at|with|for)\b"),
    TITLE_YEARS_RE: compile_gated(r"\bbeen an? |going on|coming up|nearly|almost|over|\bas an? |\binto "),
    JOB_CHANGE_COUNT_RE: compile_gated(r"(?:job|employer|career)\s+(?:change|move|switch|hop)"),
    ORDINAL_YEAR_RE: compile_gated(r" year (?:now )?(?:there|here|at|with|in|[a-z]+ing)\b"),
    PLACE_THEN_YEARS_RE: compile_gated(r"(?:year|yr|month)s?\b"),
    ANNIVERSARY_RE: compile_gated(r"y(?:ea)?rs? (?:in|this|next|come|last) [a-s]"),
    SECTOR_YEARS_RE: compile_gated(r"(?:years?|yrs?|months?|decades?) (?:now )?in |\b(?:been|worked|working) in "),
    OWNED_FOR_RE: compile_gated(r"\b(?:had|owned|run|running|kept) (?:the|my|our|this) "),
    SINCE_JOINED_RE: compile_gated(r" since (?:i|we) "),
    EXPERIENCE_RE: compile_gated(r"experience|under my belt"),
    LEAD_STRETCH_RE: compile_gated(r"(?:last|past) "),
    YEARS_WORKING_RE: compile_gated(r" (?:working|employed) "),
}.items()}


# a season said as a start ("since summer 2023") is its middle month, northern hemisphere (DEV16.md)
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def month_of(word: str) -> int:
    """1-12 for a month name, its abbreviation or a season."""
    return SEASON_MONTH.get(word) or month_number(word)


class _Lazy:
    """A truth value computed on first use (most sentences never need to know it)."""

    __slots__ = ("_fn", "_value")

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self._fn = fn
        self._value: Optional[bool] = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._fn())
        return self._value


@Language.factory("needscout_work")
def make_work_component(nlp, name):  # untyped: spaCy validates factory args from annotations
    return WorkComponent(nlp)


class WorkComponent:
    """Job title -> occupation + class via a PhraseMatcher over the curated table, with
    rapidfuzz for misspelt titles after "I'm a"/"work as"; then employment type, tenure
    and job changes.
    """

    def __init__(self, nlp: Language) -> None:
        self.table = occupations()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns = list(nlp.tokenizer.pipe(self.table.phrases))
        self.matcher.add("OCCUPATION", patterns)
        self.choices = [p for p in self.table.phrases if len(p) >= 4]

    def __call__(self, doc: Doc) -> Doc:
        self._occupation(doc)
        apply_rules(doc, "employment_type")
        self._tenure(doc)
        self._job_changes(doc)
        return doc

    # occupation -------------------------------------------------------------
    def _occupation(self, doc: Doc) -> None:
        low: str = state(doc).low
        expected = state(doc).expect == "occupation"
        short = len(doc) <= 6
        spans = sorted(((s.start_char, s.end_char) for s in self._longest(doc)), key=lambda x: x[0])
        found = False
        # a title of two words or more beats a place of work named after in/at ("I work in a warehouse, forklift driver")
        titled = any(" " in low[a:b].strip() for a, b in spans)
        # a title said with an article, "as" or "am" beats a place after in/at/on, one word or more: "welder in a factory", "as labourer on building site"
        bare = [(a, b) for a, b in spans if TITLE_ARTICLE_BEFORE_RE.search(low, max(0, a - 20), a) and not PLACE_BEFORE_RE.search(low, max(0, a - 12), a)
                and self.table.lookup(low[a:b]) is not None]
        for start, end in spans:
            occ = self.table.lookup(low[start:end])
            if occ is None or not self._is_own(doc, start, expected, short, end):
                continue
            found = True
            after_in = PLACE_BEFORE_RE.search(low, max(0, start - 12), start) is not None
            place = occ.occupation_class != 0 and after_in and ((titled and " " not in low[start:end].strip()) or any(ab != (start, end) for ab in bare))
            self._emit(doc, occ, 0.75 if place else 0.9, start, end)
        if found:
            self._several_jobs(doc, spans)
            return
        for rx, title in TITLE_PATTERNS:
            m = rx.search(low)
            occ = self.table.lookup(title) if m else None
            floor = clause_start(low, sentence_at(state(doc).sents, m.start())[0], m.start()) if m else 0
            if m and occ is not None and subject_of(doc, m.start()) == "self" and not is_negated(low, floor, m.start()) and not is_hypothetical(low, max(0, floor - 4), m.end()):
                self._emit(doc, occ, 0.8, m.start(), m.end())
                return
        for m in FUZZY_CUE_RE.finditer(low):
            hit = self.fuzzy(m.group("phrase"))
            if FORMER_BEFORE_RE.search(low, max(0, m.start() - 12), m.start()):
                continue  # "I used to work as a nurse": a job left
            if hit is not None and FAMILY_CARER_RE.match(low, m.start("phrase") + hit[1]):
                continue  # "I'm a carer for my husband": caring for family, not a job
            if hit is not None and subject_of(doc, m.start()) == "self" and not is_negated(low, clause_start(low, sentence_at(state(doc).sents, m.start())[0], m.start()), m.start()):
                occ, length = hit
                self._emit(doc, occ, 0.7, m.start("phrase"), m.start("phrase") + length)
                return
        if expected and doc.text.strip():
            stripped = re.sub(r"^(?:i'?m an?|i am an?|an?|i work as an?|i'm|im)\s+", "", low.strip(" .!"))
            hit = self.fuzzy(stripped)
            if hit is not None:
                occ, length = hit
                start = low.find(stripped[:length]) if stripped[:length] in low else 0
                self._emit(doc, occ, 0.7, start, start + length)

    def _several_jobs(self, doc: Doc, spans: list[tuple[int, int]]) -> None:
        """Several jobs in one message: the one called the main one ("main job is the warehouse"), else the
        only one not said to be on the side ("carpenter and a part-time uber driver"); none when several
        are held at once with no main one ("I tutor, I do uber eats and I sell on etsy"; DEV7.md, DEV14.md)."""
        low: str = state(doc).low
        if MAIN_JOB_RE.search(low) and self._main_job(doc, spans):
            return
        jobs = self._job_items(doc)
        several = bool(jobs) and SEVERAL_JOBS_RE.search(low) is not None  # "3 jobs on the go"
        if len(jobs) < 2 and not several:
            return
        settings = [j for j in jobs if j[2] is not None and WORK_SETTING_RE.match(low, j[0])]
        if settings and len(jobs) - len(settings) == 1 and not several:
            # "I'm an engineer, I work offshore": where the one job is done, not a second job
            self._keep_occupation(doc, next(j for j in jobs if j not in settings)[2])
            return
        main = [j for j in jobs if not self._on_the_side(low, j, jobs)]
        if len(main) == 1 and len(jobs) > 1:
            self._keep_occupation(doc, main[0][2])  # the one job not on the side (none when it has no title)
        elif several or (len(main) > 1 and self._held_at_once(low, main)):
            self._keep_occupation(doc, None)  # held at once with no main one
        else:
            # one after the other: the one said to be now ("did retail, then a call centre, now I'm a porter")
            now = [j for j in jobs if j[2] is not None and NOW_BEFORE_RE.search(low, max(0, j[0] - 25), j[0])]
            if len(now) == 1:
                self._keep_occupation(doc, now[0][2])

    def _main_job(self, doc: Doc, spans: list[tuple[int, int]]) -> bool:
        """The title in the clause that calls a job the main one; True when one was found."""
        st = state(doc)
        low: str = st.low
        for m in MAIN_JOB_RE.finditer(low):
            s, e = sentence_at(st.sents, m.start())
            a, b = clause_start(low, s, m.start()), clause_end(low, m.end(), e)
            if subject_of(doc, m.start()) not in ("self", None) or is_negated(low, a, m.start()):
                continue  # "my wife's main job is teaching"
            near = [(abs(x - m.start()), x, y) for x, y in spans if a <= x and y <= b and not (m.start() <= x < m.end())]
            for _, x, y in sorted(near):
                occ = self.table.lookup(low[x:y])
                if occ is not None and occ.occupation_class != 0:
                    self._keep_occupation(doc, None)
                    self._emit(doc, occ, 0.95, x, y)
                    return True
        return False

    def _job_items(self, doc: Doc) -> list[Job]:
        """The prospect's jobs: own titles (one per title, not a workplace or other people) and paid
        work told without a title; (start, end, the occupation candidate or None)."""
        st = state(doc)
        low: str = st.low
        items: list[Job] = []
        seen: set[object] = set()
        for c in sorted((c for c in st.candidates if c.fact == "occupation"), key=lambda c: c.start):
            if c.value in seen or low[c.start:c.end] in self.table.plurals or PEOPLE_AFTER_RE.match(low, c.end) or PLACE_BEFORE_RE.search(low, max(0, c.start - 12), c.start):
                continue  # the same title again, "20 admin staff", "admin at a GP surgery"
            seen.add(c.value)
            items.append((c.start, c.end, c))
        for m in GIG_WORK_RE.finditer(low):
            if not any(a < m.end() and m.start() < b for a, b, _ in items) and subject_of(doc, m.start()) in ("self", None):
                items.append((m.start(), m.end(), None))
        return sorted(items, key=lambda j: j[0])

    @staticmethod
    def _on_the_side(low: str, job: Job, jobs: list[Job]) -> bool:
        """The job's own part of the list says it is on the side ("part time barman", "doordash on the side")."""
        start, end, _ = job
        before = max([b for a, b, _ in jobs if b <= start], default=0)
        after = min([a for a, b, _ in jobs if a >= end], default=len(low))
        seps = list(JOB_LIST_SEP_RE.finditer(low, before, start))
        left = seps[-1].end() if seps else max(before, start - 30)
        sep = JOB_LIST_SEP_RE.search(low, end, after)
        right = sep.start() if sep else min(after, end + 30)
        return bool(SIDE_JOB_RE.search(low, left, right))

    @staticmethod
    def _held_at_once(low: str, jobs: list[Job]) -> bool:
        """Each job is joined to the next by "and", "+" or a new "I ..." clause, with nothing saying one came after the other."""
        return all(JOB_LIST_SEP_RE.search(low, x[1], y[0]) and not JOB_SEQUENCE_RE.search(low, x[1], y[0]) for x, y in zip(jobs, jobs[1:]))

    @staticmethod
    def _keep_occupation(doc: Doc, keep: Optional[Candidate]) -> None:
        """Drop every occupation (and its class) but ``keep``'s."""
        st = state(doc)
        gone = [c for c in st.candidates if c.fact in ("occupation", "occupation_class") and not (keep is not None and c.start == keep.start and c.end == keep.end)]
        for c in gone:
            st.candidates.remove(c)

    def _longest(self, doc: Doc) -> list:
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        spans.sort(key=lambda s: (s.end - s.start), reverse=True)
        taken: set[int] = set()
        out = []
        for span in spans:
            if taken.isdisjoint(range(span.start, span.end)):
                out.append(span)
                taken.update(range(span.start, span.end))
        return out

    def _is_own(self, doc: Doc, start: int, expected: bool, short: bool, end: Optional[int] = None) -> bool:
        low: str = state(doc).low
        s, e = sentence_at(state(doc).sents, start)
        floor = clause_start(low, s, start)
        if is_negated(low, floor, start):
            return False
        if end is not None and (NOT_TITLE_AFTER_RE.match(low, end) or (
                low[start:end] in NEEDS_ARTICLE and not ARTICLE_BEFORE_RE.search(low, max(0, start - 6), start) and low.strip(" .!") != low[start:end])):
            return False  # "a nursing degree", "the student loan"; "uninsured rn" (right now)
        if end is not None and low[start:end] in RATE_AFTER_AMOUNT and AMOUNT_BEFORE_RE.search(low, max(0, start - 15), start):
            return False  # "R500 pm is what I can do": a rate per month, not a project manager
        if end is not None and low[start:end] in TREATMENT_TITLES and low[:start].strip(" ,.;:!?-") and not TITLE_ARTICLE_BEFORE_RE.search(
                low, max(0, start - 30), start):
            return False  # "claimed once for physio", "had physio on my knee": a treatment, not the job
        if end is not None and low[start:end] in WHOLE_ANSWER_ONLY and low.strip(" .!") != low[start:end]:
            return False  # "typing on the bus", "took a taxi home": a ride, not the job
        if end is not None and low[start:end] in VERB_TITLES and SUBJECT_BEFORE_RE.search(low, max(0, start - 20), start):
            return False  # "I cook for the family", "I nurse my mum": the word is the verb, not the job
        if end is not None and OWNED_FIRM_AFTER_RE.match(low, end) and re.search(r"\b(?:it's|its|it is|that's|thats) (?:a|an|the) $", low[max(s, start - 12):start]):
            return False  # "it's a mining company thing": a kind of firm, not the prospect's trade
        if end is not None and OWNED_FIRM_AFTER_RE.match(low, end) and RUN_OWN_BEFORE_RE.search(low, max(s, start - 40), start):
            return False  # "I run a plumbing business with 12 staff": the owner of a firm, not the trade
        if BOTH_BEFORE_RE.search(low, max(s, start - 25), start):
            return True  # "my wife and I are both teachers"
        if re.search(rf"\b(?:{USED_TO}" r"(?: be| work as| work as an?| work)?|was|were(?! been)|want to be|wanna be|would like to be|studying to be|training to be|re-?training (?:as|to be)|(?:studying|training|qualifying) (?:to become|as)|(?:want|wanna|hoping|hope|plan|planning|trying|training|studying|going|like) to become|thinking (?:of|about) becoming|(?:might|may|could|gonna|going to|want to|planning to|thinking (?:of|about)|considering) (?:go|going|become|becoming|turn|turning)|student|(?<!semi-)(?<!semi )retired|married to|engaged to|dating|son of|daughter of|left|quit|got out of|came out of|leaving|retired from|retirement from|(?:went|gone|moved|switched|changed|came|retrained|transferred|jumped) (?:over |across )?from)\s+(?:an?\s+)?(?:\w+\s+)?$", low[max(floor, start - 30):start]):
            return False  # a past or wished-for job: "left the army in 2022"
        if is_hypothetical(low, floor, start):
            return False  # "what if I drove a bus instead?", "supposing I became a roofer": an imagined job
        if RELATIVE_IS_RE.search(low[max(floor, start - 25):start]):
            return False  # "married to Sam who's a teacher"
        if low.find("?", start, min(len(low), e + 2)) != -1 and COVER_QUESTION_RE.search(low, s, start):
            return False  # "do you cover scaffolders?": a question about the cover, not the prospect's job
        if VOLUNTEER_BEFORE_RE.search(low[max(floor, start - 25):start]):
            return False  # "I'm also a volunteer firefighter on weekends": unpaid, not the job
        if STUDIED_BEFORE_RE.search(low[max(floor, start - 30):start]) or (end is not None and FAMILY_CARER_RE.match(low, end)):
            return False  # "final year of nursing": a course; "full time carer for my son": caring for family, not a job
        if low.endswith("sole ", max(0, start - 5), start):
            return False  # "sole trader" is how one works, not a trading job
        if low.startswith("retire", start) and re.search(r"semi[\s-]*$", low[max(0, start - 6):start]):
            return False  # "semi-retired" still works: not the status retired
        if OTHER_PERSON_BEFORE_RE.search(low[max(floor, start - 30):start]):
            return False  # "burned before by a dodgy advisor", "went to a financial adviser last year": someone dealt with
        if AFTER_YEARS_RE.search(low[max(floor, start - 40):start]) and ENDED_RE.search(low, s, start):
            return False  # "retired last year after 35 years teaching", "left after 10 years as a nurse": a job that ended
        if PAST_AS_RE.search(low[max(floor, start - 30):start]) and RETIRED_NOW_RE.search(low):
            return False  # "Worked as a miner for 25 years, now I'm retired"
        if EMPLOYER_BEFORE_RE.search(low[max(floor, start - 30):start]):
            return False  # the employer, not the job: "employed by a big contractor"
        if ROLE_HELD_BY_OTHER_RE.search(low[max(floor, start - 30):start]) or (end is not None and VOLUNTEER_ROLE_RE.match(low, end)):
            return False  # "the last advisor I spoke to", "secretary of the local Rotary club"
        if end is not None and low[start:end] in self.table.plurals and GROUP_OF_BEFORE_RE.search(low[max(floor, start - 30):start]):
            return False  # "a WhatsApp group of 200 nurses", "a Facebook group for local landlords": other people
        if end is not None and ASSOCIATION_AFTER_RE.match(low, end):
            return False  # "Shopkeepers association has 150 members, I am the secretary": a body of members
        if low.endswith("the ", max(0, start - 4), start) and GROUP_BODY_RE.search(low, 0, start):
            return False  # "... association has 150 members, I am the secretary": a role in the group, not the job
        if end is not None and NOT_A_JOB_AFTER_RE.match(low, end):
            return False  # "I hate sales calls", "a sales pitch": the word names a thing, not the job
        if end is not None and OTHER_SPEAKS_AFTER_RE.match(low, end, clause_end(low, end, e)):
            return False  # "Doctor says fatty liver", "the analyst at the bank said no": someone else who spoke
        if HOBBY_BEFORE_RE.search(low, max(floor, start - 20), start) or (end is not None and LICENCE_AFTER_RE.match(low, end)):
            return False  # "private pilot's licence, I fly a little Cessna": a pastime, not the job
        if re.search(r"\b(?:my|our|his|her|their|your)\s+(?:(?!own\b)\w+\s+)?$", low[max(floor, start - 20):start]):
            return False  # "my accountant handles it": someone the prospect knows, not their job
        subj = subject_of(doc, start)
        if subj != "self":
            return False
        if JOB_LABEL_RE.search(low[max(s, start - 20):start]):
            return True  # "job: electrician on the railways"
        if BACK_TO_RE.search(low, max(s, start - 30), start):
            return True  # "went back to nursing 6 months ago", "now I'm a year into driving a bus": the trade now
        if PROMOTED_TO_RE.search(low, max(s, start - 30), start):
            return True  # "got promoted to site manager in March": the title held now
        if (AS_A_RE.search(low[max(s, start - 45):start]) or not low[s:start].strip() or SUBJECTLESS_RE.match(low, s)) and not PRONOUN_RE.search(low, s, e):
            return True  # "just started in March as a junior developer": a subjectless line about oneself
        if PAY_AS_A_RE.search(low, max(s, start - 30), start) and not OTHER_EARNER_RE.search(low, s, start):
            return True  # "₱45,000 monthly as a nurse in Makati": one's own pay, then the job
        if low.startswith(("driving ", "drive ", "drives "), start) and FIRST_PERSON_RE.search(low, s, e):
            return True  # "I've been driving HGVs since": the title is a verb phrase
        if self._gerund_clause(low, s, e, floor, start, end):
            return True  # "Weekly wage is about 650 quid, labouring on a building site"
        if expected or short or start < 12 or self._profile_item(low, floor, start) or NOW_A_RE.search(low[max(s, start - 25):start]) or LEAD_MODIFIERS_RE.fullmatch(low, s, start):
            return True
        # "my income's all over the place as a freelance designer": the prospect's own pay or work is the subject
        return bool(WORK_CUE_RE.search(low, s, e)) and bool(FIRST_PERSON_RE.search(low, s, e) or re.search(r"\bmy (?:job|work|role|title|occupation|profession|income|pay|salary|earnings|money|wages?)\b", low[s:e]))

    @staticmethod
    def _gerund_clause(low: str, s: int, e: int, floor: int, start: int, end: Optional[int]) -> bool:
        """A clause after a comma that opens with the trade as a verb ("..., labouring on a building site"),
        in a sentence about nobody else: the prospect's own work."""
        return (end is not None and floor > s and not low[floor:start].strip(" ,;-") and low[start:end].split()[0].endswith("ing")
                and low[s:floor].rstrip().endswith(",") and not PRONOUN_RE.search(low, s, e)
                and not re.search(r"\b(?:my|our)\s+(?:\w+\s+)?(?:husband|hubby|wife|partner|son|daughter|kids?|children|mum|mom|mother|dad|father|parents?|brother|sister|nan|gran)\b", low[s:e]))

    @staticmethod
    def _profile_item(low: str, floor: int, start: int) -> bool:
        """A title that is a short comma-separated item ("41, self employed electrician, ...")."""
        return (low[:floor].rstrip().endswith(",") and len(low[floor:start].split()) <= 2
                and bool(PROFILE_RE.search(low)))

    def fuzzy(self, phrase: str) -> Optional[tuple[Occupation, int]]:
        """Best table entry for a possibly misspelt title; longest word prefix first."""
        phrase = FUZZY_STOP.sub("", phrase.strip())
        words = phrase.split()
        if not words or words[0] in NOT_TITLES:
            return None
        for n in range(min(4, len(words)), 0, -1):
            cand = " ".join(words[:n])
            if len(cand) < 4:
                continue
            exact = self.table.lookup(cand)
            if exact is not None:
                return exact, len(cand)
            if n < len(words) and NOT_TITLE_AFTER_RE.match(" " + words[n]):
                continue  # "I'm a council tenant": a near-title ("councillor") followed by a word that names no job
            best = process.extractOne(cand, self.choices, scorer=fuzz.ratio, score_cutoff=86)
            if best is not None:
                occ = self.table.lookup(best[0])
                if occ is not None:
                    return occ, len(cand)
        return None

    @staticmethod
    def _hazard_now(low: str, s: int, e: int) -> bool:
        """A hazardous setting of the current job: not one left in its own clause ("used to work on the rigs, now
        I'm a driving instructor" keeps the instructor's class)."""
        return any(not PAST_BEFORE_RE.search(low, clause_start(low, s, m.start()), m.start())
                   for m in HAZARD_SETTING_RE.finditer(low, s, e))

    def _emit(self, doc: Doc, occ: Occupation, conf: float, start: int, end: int) -> None:
        if occ.occupation_class == 0:  # a status such as "student", not a job
            if occ.employment:
                add(doc, "employment_type", occ.employment, conf, start, end)
            return
        add(doc, "occupation", occ.title, conf, start, end)
        cls = occ.occupation_class
        if cls is None or cls < 4:  # a classless title too: "underground mining engineer"
            s, e = sentence_at(state(doc).sents, start)
            if self._hazard_now(state(doc).low, s, e):
                cls = 4  # "drilling technician on a rig in the North Sea", "I work underground at a platinum mine"
            elif cls == 1 and TRAVEL_SETTING_RE.search(state(doc).low, s, e):
                cls = 2  # "regional sales manager, on the road 4 days a week": a desk job spent driving
        if cls is not None:
            add(doc, "occupation_class", cls, conf, start, end)
        if occ.employment:
            add(doc, "employment_type", occ.employment, conf - 0.1, start, end)

    # tenure and job changes ----------------------------------------------------
    def _tenure(self, doc: Doc) -> None:
        low: str = state(doc).low
        if not TENURE_TOPIC_RE.search(low):
            return
        expected = state(doc).expect == "years_in_job"
        if any(c.fact == "employment_type" and c.value in ("retired", "unemployed") for c in state(doc).candidates):
            return  # "I'm retired. Was a police officer for 30 years", "made redundant after 19 years": no current job to count
        # "When did I start... Feb 2021 I think": a short answer is read whole, across its trailing dots
        sents = [(0, len(low))] if self._short_answer(doc, low) else state(doc).sents
        for s, e in sents:
            if not TENURE_TOPIC_RE.search(low, s, e):
                continue
            job_sentence = _Lazy(lambda s=s, e=e: bool(JOB_WORDS_RE.search(low, s, e) or EXTRA_JOB_WORDS_RE.search(low, s, e)
                                                       or has(doc, "occupation") or has(doc, "employment_type") or expected
                                                       or state(doc).expect in ("job_changes_5y", "employment_type")
                                                       or self._short_answer(doc, low)))
            if UNIT_RE.search(low, s, e):
                self._durations(doc, low, s, e, job_sentence)
            self._start_dates(doc, low, s, e, job_sentence)
        self._title_durations(doc, low)
        self._bare_durations(doc, low)
        if expected:
            self._expected_answer(doc, low)

    def _expected_answer(self, doc: Doc, low: str) -> None:
        """Asked how long they have been in the job, the whole answer is a duration the number reader leaves
        short ("best part of a decade", "2 and a half years", "a year or so")."""
        if any(c.fact == "years_in_job" for c in state(doc).candidates):
            return
        text = low.strip()
        m = EXPECTED_ANSWER_RE.fullmatch(text)
        if m is None:
            return
        value = self._span_years(m, text)
        if value is not None and 0 <= value <= 60:
            offset = len(low) - len(low.lstrip())
            add(doc, "years_in_job", value, 0.85, offset + m.start("n"), offset + m.end())

    def _title_durations(self, doc: Doc, low: str) -> None:
        """"Self-employed roofer 12 years, income varies": a duration straight after the prospect's own title."""
        cands = state(doc).candidates
        if any(c.fact == "years_in_job" for c in cands):
            return
        for c in [c for c in cands if c.fact == "occupation"]:
            m = TITLE_THEN_YEARS_RE.match(low, c.end)
            if m is not None and self._age_beside(doc, m.start("n"), m.end("n"), m.end()):
                m = None
            if m is None:
                m = self._years_before_title(doc, low, c.start)
            if m is None:
                continue
            value = self._span_years(m, low)
            if value is not None and 0 < value <= 60:
                self._drop_age_at(doc, m.start("n"), m.end("n"))  # "roofer 20 yrs": the figure said on the title is no age
                add(doc, "years_in_job", value, 0.75, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
                return

    def _years_before_title(self, doc: Doc, low: str, start: int) -> Optional["re.Match[str]"]:
        """"11 years a nurse", "15 yrs mechanic": the figure said just before the prospect's title, in a clause
        that tells no past ("spent 10 years as a chef")."""
        floor = max(0, start - 40)
        m = YEARS_BEFORE_TITLE_RE.search(low, floor, start)
        if m is None or PAST_BEFORE_RE.search(low, clause_start(low, 0, m.start("n")), m.start("n")) or self._is_age(doc, m.start("n"), m.end("n")):
            return None
        return m if self._self_at(doc, low, sentence_at(state(doc).sents, start)[0], m.start("n")) else None

    @staticmethod
    def _age_beside(doc: Doc, start: int, end: int, unit_end: int) -> bool:
        """The figure after a title is an age only beside a name or a marital status ("I am Rahul, 31 yrs",
        "nurse 34 years, married"); an age read from "roofer 20 yrs" alone is the time in the trade."""
        low: str = state(doc).low
        return bool(NAME_INTRO_RE.search(low[max(0, start - 40):start])
                    or ((MARITAL_AFTER_RE.match(low, end) or (MARITAL_AFTER_RE.match(low, unit_end) and low[end:unit_end].strip() in ("years", "yrs")))
                        and _adult_figure(low[start:end])))

    def _bare_durations(self, doc: Doc, low: str) -> None:
        """"sparky, own business. 12 yrs." / "I'm a partner in the practice. 8 yrs.": a sentence that is
        only a duration, in a message that names the prospect's own job, is the time in it."""
        cands = state(doc).candidates
        if any(c.fact == "years_in_job" for c in cands) or not any(
                c.fact == "occupation" or (c.fact == "employment_type" and c.value in ("employed", "self_employed", "business_owner")) for c in cands):
            return
        for s, e in state(doc).sents:
            m = BARE_DURATION_RE.fullmatch(low, s, e)
            if m is None or self._is_age(doc, m.start("n"), m.end("n")):
                continue
            value = self._span_years(m, low)
            if value is not None and 0 < value <= 60:
                add(doc, "years_in_job", value, 0.7, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
                return
        self._duration_item(doc, low)

    def _duration_item(self, doc: Doc, low: str) -> None:
        """"I'm a lawyer, work for a firm in the city, 8 years, 95k": a list item that is only a duration, right after
        an item saying whom or how the prospect works for (not a bare title: "nurse, 34 years" may be an age)."""
        for m in DURATION_ITEM_RE.finditer(low) if "," in low else ():
            prev = low.rfind(",", 0, m.start())
            prev = max(prev, low.rfind(".", 0, m.start()), low.rfind(";", 0, m.start())) + 1
            if not EMPLOYER_ITEM_RE.match(low, prev, m.start()) or self._is_age(doc, m.start("n"), m.end("n")) or MARITAL_AFTER_RE.match(low, m.end("u")) or subject_of(doc, prev) not in ("self", None):
                continue
            value = self._span_years(m, low)
            if value is not None and 0 < value <= 50:
                add(doc, "years_in_job", value, 0.7, m.start("n"), m.end())
                claim_overlapping(doc, m.start("n"), m.end())
                return

    @staticmethod
    def _stretch_confidence(pattern: "re.Pattern[str]", m: "re.Match[str]") -> float:
        """Time with the employer named, or at "this"/"the current" place, beats a career figure said beside it
        ("been a mechanic 20 years, 6 years with Toyota" is 6; DEV16.md, docs "time with the employer over the career")."""
        if pattern is EXPERIENCE_RE:
            return 0.7
        if pattern is NAMED_TENURE_RE or pattern is CURRENT_STRETCH_RE or (pattern is TENURE_AT_RE and CURRENT_PLACE_RE.search(m.group())):
            return 0.88
        return 0.85

    @staticmethod
    def _place_then_years(doc: Doc, m: "re.Match[str]", s: int, window: str) -> bool:
        """"electrician with the council 10 years", "at Tesco 5 years": an employer (a workplace word or a name with a
        capital) right after the prospect's own title or opening the line, then the figure."""
        low: str = state(doc).low
        org = m.start("org")
        # a name after "with" may be a person ("with Mark 6 years"): only "at Tesco" or "with the NHS" name an employer
        named = (doc.text[org].isupper() and low[org:].split(" ", 1)[0] not in NOT_EMPLOYER_NAMES
                 and (low.startswith(("at", "for"), m.start()) or low.startswith("the ", org - 4)))
        if not (named or re.search(WORKPLACES, m.group("org"))) or NOT_TENURE_RE.search(window):
            return False  # the workplace may be the last word: "teacher at the primary school 12 years"
        # what follows is checked within its own clause: "nurse for NHS 9 years, married" is still tenure
        if NOT_TENURE_RE.search(low, m.end(), min(clause_end(low, m.end(), len(low)), m.end() + 30)) or NAMED_NOT_EMPLOYER_AFTER_RE.match(low, m.end()) or STUDY_AFTER_RE.match(low, m.end()) \
                or HEALTH_EVENT_RE.search(low, m.start(), min(len(low), m.end() + 30)):
            return False  # "with Aviva 10 years for my life cover", "at Leeds 3 years studying", "at the hospital 2 months with covid"
        if not low[s:m.start()].strip(" ,;:-"):
            return named or low[m.start():org].strip() not in ("at", "with", "for")  # the line opens with the employer ("at school 12 years" may be a pupil's)
        return any(c.fact == "occupation" and s <= c.start and 0 <= m.start() - c.end <= 2 for c in state(doc).candidates)

    @staticmethod
    def _employer_named(doc: Doc, m: "re.Match[str]", job_sentence: "_Lazy", window: str) -> bool:
        """"9 years with Qantas", "22 years with the same builder": a name written with a capital (not a month,
        a place the prospect lives or another fact's word), or "the same ..." in a sentence about work."""
        low: str = state(doc).low
        if NOT_TENURE_RE.search(window) or NOT_TENURE_RE.search(low, m.end(), min(len(low), m.end() + 30)) or not job_sentence:
            return False
        if PAST_STRETCH_BEFORE_RE.search(low, max(0, m.start() - 12), m.start()) or NAMED_NOT_EMPLOYER_AFTER_RE.match(low, m.end()):
            return False  # "I was 6 years with Barclays", "had 2 years with Crohn's", "10 years with Vodafone as my phone provider"
        if m.group("same"):
            return True
        org = m.start("org")
        word = re.match(r"[a-z][\w&'.-]*", low[org:])
        return doc.text[org].isupper() and word is not None and word.group() not in NOT_EMPLOYER_NAMES

    @staticmethod
    def _trade_place(m: "re.Match[str]") -> bool:
        """"thirty-odd years on the buses", "20 years in the army": the place names the trade, so no job word is needed
        (not "on the road", which may be a trip)."""
        return m.re is regex_of(YEARS_DOING_RE) and " the " in m.group() and not m.group().endswith((" road", " bank"))

    @staticmethod
    def _sector_said(doc: Doc, m: "re.Match[str]") -> bool:
        """A field is named as one ("IT" only in capitals: "been in it for years" is anything)."""
        key = "sector" if m.groupdict().get("sector") else "sector2" if m.groupdict().get("sector2") else None
        if key is None:
            return True
        return m.group(key) != "it" or doc.text[m.start(key):m.end(key)] == "IT"

    @staticmethod
    def _drop_age_at(doc: Doc, start: int, end: int) -> None:
        """Drop an age read from a figure that a tenure phrase owns ("truckie, been on the road 22 yrs")."""
        st = state(doc)
        st.candidates = [c for c in st.candidates if not (c.fact == "age" and c.start < end and start < c.end)]

    @staticmethod
    def _is_age(doc: Doc, start: int, end: int) -> bool:
        """The number is the prospect's age ("I am Rahul, 31 yrs, working as ..."), not a tenure."""
        if any(c.fact == "age" and c.start < end and start < c.end for c in state(doc).candidates):
            return True
        low: str = state(doc).low
        return bool(NAME_INTRO_RE.search(low[max(0, start - 40):start]) or (MARITAL_AFTER_RE.match(low, end) and _adult_figure(low[start:end])))

    def _counted_years(self, doc: Doc, low: str, s: int, e: int, job_sentence: "_Lazy") -> None:
        """Years counted rather than measured: the year one is in ("3rd year there" -> 3) and a round
        figure reached in a coming month ("5 years in March" -> 4.7 in November)."""
        for m in ORDINAL_YEAR_RE.finditer(low, s, e) if HINTS[id(ORDINAL_YEAR_RE)].search(low, s, e) else ():
            if self._self_at(doc, low, s, m.start()) and not STUDIED_BEFORE_RE.search(low[max(s, m.start() - 30):m.start()]):
                add(doc, "years_in_job", ORDINALS.get(m.group("nth")) or int(re.sub(r"\D", "", m.group("nth"))), 0.8, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in MY_NTH_YEAR_RE.finditer(low, s, e) if " year" in low else ():
            if job_sentence and not has(doc, "years_in_job") and not STUDY_WORDS_RE.search(low, s, e) and self._self_at(doc, low, s, m.start()):
                add(doc, "years_in_job", ORDINALS.get(m.group("nth")) or int(re.sub(r"\D", "", m.group("nth"))), 0.75, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in ANNIVERSARY_RE.finditer(low, s, e) if HINTS[id(ANNIVERSARY_RE)].search(low, s, e) else ():
            n = parse_number(m.group("n"))
            if (n is None or not job_sentence or NOT_TENURE_RE.search(self._window(low, s, e, m.start(), m.end()))
                    or self._is_age(doc, m.start("n"), m.end("n")) or not self._self_at(doc, low, s, m.start())):
                continue
            ahead = (month_number(m.group("mon")) - today(doc).month) % 12
            if m.group("when") == "last":
                ahead = -((today(doc).month - month_number(m.group("mon"))) % 12)  # "twelve years last June": passed since
            if 0 < n <= 60:
                add(doc, "years_in_job", round(n - ahead / 12, 2), 0.85, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())

    def _durations(self, doc: Doc, low: str, s: int, e: int, job_sentence: "_Lazy") -> None:
        """Stated durations: "been at the bank 12 years", "the last 8 on this ward", "joined 6 years ago"."""
        self._counted_years(doc, low, s, e, job_sentence)
        for m in [*LAST_STRETCH_RE.finditer(low, s, e), *ONLY_STRETCH_RE.finditer(low, s, e)]:
            # "20 years, the last 8 on this ward": the unit comes from the career figure before it, or is said after one's own business ("Own company last 6 years")
            own = m.group("u") and OWN_STRETCH_BEFORE_RE.search(low, max(s, m.start() - 40), m.start())
            if CHANGES_WINDOW_BEFORE_RE.search(low, max(s, m.start() - 50), m.start()):
                continue  # "changed jobs twice in the last 5 years": the window of the count
            if not job_sentence or not (own or re.search(r"\b(?:years?|yrs?)\b", low[s:m.start()])) or not self._self_at(doc, low, s, m.start()):
                continue
            value = self._years(m.group("n"), m.group("u") or "years")
            if value is not None and 0 <= value <= 60:
                add(doc, "years_in_job", value, 0.9, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for pattern in (TENURE_AT_RE, NAMED_TENURE_RE, CURRENT_STRETCH_RE, PLACE_THEN_YEARS_RE, BEEN_PLACE_RE, BEEN_AT_RE, JOB_VERB_RE, YEARS_DOING_RE, TENURE_RE, TRAILING_RE, TITLE_YEARS_RE, MONTHS_IN_RE,
                        SECTOR_YEARS_RE, OWNED_FOR_RE, SINCE_JOINED_RE, EXPERIENCE_RE, LEAD_STRETCH_RE, YEARS_WORKING_RE):
            hint = HINTS.get(id(pattern))
            if hint is not None and not hint.search(low, s, e):
                continue  # patterns that open with a number: a literal they need is checked first
            for m in pattern.finditer(low, s, e):
                window = self._window(low, s, e, m.start(), m.end())
                if pattern in (TENURE_RE, BEEN_AT_RE, YEARS_DOING_RE, TRAILING_RE, TITLE_YEARS_RE, MONTHS_IN_RE, SINCE_JOINED_RE, EXPERIENCE_RE, LEAD_STRETCH_RE) and (
                        not (job_sentence or self._trade_place(m)) or NOT_TENURE_RE.search(window)):
                    continue
                if pattern in (SECTOR_YEARS_RE, OWNED_FOR_RE, YEARS_WORKING_RE) and (NOT_TENURE_RE.search(window) or not self._sector_said(doc, m)):
                    continue  # the field or the firm names the work, so no other job word is needed
                if (pattern in (OWNED_FOR_RE, SECTOR_YEARS_RE, EXPERIENCE_RE, YEARS_WORKING_RE) or (pattern is TENURE_RE and m.group().startswith("in "))) and (
                        SOLD_AFTER_RE.match(low, m.end()) or PAST_STRETCH_BEFORE_RE.search(low, max(s, m.start() - 12), m.start())):
                    continue  # "had the shop ten years but sold it", "I spent 4 years in retail before this"
                if HEALTH_EVENT_RE.search(low, m.start(), m.end()) or (pattern is not TRAILING_RE and KIN_IS_BEFORE_RE.search(low[s:m.start()])):
                    continue  # "been in hospital 3 months"; "my husband's a bus driver, 15 years in"
                if pattern in (CURRENT_STRETCH_RE, BEEN_PLACE_RE) and NOT_TENURE_RE.search(window):
                    continue  # the place of work is named, so no other job word is needed
                if pattern is BEEN_PLACE_RE:
                    if TRAVEL_RE.search(window):
                        continue  # "been on the road 3 months travelling round Australia": a trip
                    self._drop_age_at(doc, m.start("n"), m.end())  # "been on the road 22 yrs" is never an age
                if ENDED_AFTER_RE.match(low, m.end()):
                    continue  # "worked at the post office 15 years then took voluntary redundancy": a stretch that ended
                if pattern is TITLE_YEARS_RE and PAST_STRETCH_BEFORE_RE.search(low, max(s, m.start() - 12), m.start()):
                    continue  # "spent 10 years as a chef, now I drive a cab": a job left
                if pattern is TENURE_RE and TERM_BEFORE_RE.search(low, max(s, m.start() - 25), m.start()):
                    continue  # "I want 400k for 20 years": the policy's term
                if any(c.fact in ("years_in_job", "age") and c.start <= m.start() < c.end for c in state(doc).candidates):
                    continue  # "I am Sipho, 38 years": an age already read
                if any(q.period and q.start <= m.start() < q.end for q in state(doc).quantities):
                    continue  # "$4,000 a month as a hygienist": "a month" is the pay period
                if pattern is TENURE_AT_RE and NOT_TENURE_RE.search(low[m.start():m.end()]):
                    continue
                if pattern is NAMED_TENURE_RE and not self._employer_named(doc, m, job_sentence, window):
                    continue
                if pattern is PLACE_THEN_YEARS_RE and not self._place_then_years(doc, m, s, window):
                    continue
                if PAST_STRETCH_RE.search(low, clause_start(low, s, m.start()), m.start()):
                    continue  # "since 2023, before that Deloitte for 6 years": a past job's time
                if COUNTED_JOBS_BEFORE_RE.search(low, max(s, m.start() - 50), m.start("n") if m.groupdict().get("n") else m.start()):
                    continue  # "worked at 3 companies in the last 5 years": the window the jobs are counted in
                if AFTER_STRETCH_RE.search(low, max(s, m.start() - 25), m.start()) and MOVED_RE.search(low, s, e):
                    continue  # "took a new job in March after 8 years at my last place": the old job's time
                if pattern is TRAILING_RE and KIN_IS_BEFORE_RE.search(low[s:m.start()]):
                    continue  # "my husband's a roofer, self employed 10 years": the relative's trade and time
                if not self._self_at(doc, low, s, m.start()) or self._is_age(doc, m.start("n") if m.groupdict().get("n") else m.start(), m.end()):
                    continue
                value = self._span_years(m, low)
                if value is not None and 0 <= value <= 60:
                    add(doc, "years_in_job", value, self._stretch_confidence(pattern, m), m.start(), m.end())
                    claim_overlapping(doc, m.start(), m.end())
        for m in STARTED_AGO_RE.finditer(low, s, e):
            if NOT_JOINED_RE.search(low, m.start(), m.end()) and not OWNED_START_RE.match(low, m.start()) or NOT_TENURE_RE.search(low[m.start():m.end()].replace(" ago", "").replace(" back", "")):
                continue  # "joined the gym 2 years ago", "started smoking 10 years ago"
            if any(c.fact == "years_in_job" and c.start <= m.start() < c.end for c in state(doc).candidates):
                continue
            value = self._years(m.group("n"), m.group("u"))
            if value is not None and 0 <= value <= 60 and (self._self_at(doc, low, s, m.start()) or HIRED_ME_RE.search(low, m.start(), m.end())):
                add(doc, "years_in_job", value, 0.8, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())

    def _start_dates(self, doc: Doc, low: str, s: int, e: int, job_sentence: "_Lazy") -> None:
        """Start dates: "started in March", "since 2015", "when I was 25, I'm 41 now", "in 2022 ... ever since"."""
        for m in STARTED_LAST_YEAR_RE.finditer(low, s, e):
            if (JOB_WORDS_RE.search(low, s, e) or self._short_answer(doc, low)) and not NOT_JOINED_RE.search(low, m.start(), m.end()) and self._self_at(doc, low, s, m.start()):
                # "joined last year", "just started a new role last month"
                add(doc, "years_in_job", {"year": 1, "month": 0.08, "week": 0.02}[m.group("u")], 0.7, m.start(), m.end())
        for m in JUST_STARTED_RE.finditer(low, s, e):
            if job_sentence and not any(c.fact == "years_in_job" for c in state(doc).candidates) and self._self_at(doc, low, s, m.start()):
                add(doc, "years_in_job", 0, 0.7, m.start(), m.end())
        for m in MONTH_START_RE.finditer(low, s, e):
            # "quit my old job in August": the verb is not the quitting of a habit
            checked = low[max(s, m.start() - 30):m.start()] if low.startswith(("left", "quit"), m.start()) else low[max(s, m.start() - 30):m.end()]
            if not job_sentence or NOT_TENURE_RE.search(checked) or not self._self_at(doc, low, s, m.start()):
                continue
            if low.startswith("since", m.start()) and NOT_TENURE_RE.search(low, m.end(), clause_end(low, m.end(), e)):
                continue  # "since March I've been smoking again", "since June I've been off sick": what began is no job
            now = today(doc)
            months = (now.month - month_of(m.group("mon"))) % 12
            if (m.group("last") and "last" in m.group("last")) or (m.group("lastmon") and months < 3):
                months += 12  # "joined in June last year"; "since last October" said in November is thirteen months

            add(doc, "years_in_job", round(months / 12, 2), 0.75, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())
        for m in STARTED_AT_AGE_RE.finditer(low, s, e):
            ages = [float(c.value) for c in state(doc).candidates if c.fact == "age" and not m.start() <= c.start < m.end()]  # type: ignore[arg-type]
            age = max(ages) if ages else None  # the age said now, not "when I was 30"
            if (age is None or not job_sentence or NOT_TENURE_RE.search(low[m.start():m.end()])
                    or not self._self_at(doc, low, s, m.start())):
                continue
            years = float(age) - int(m.group("age"))  # type: ignore[arg-type]
            if 0 <= years <= 60:
                add(doc, "years_in_job", years, 0.75, m.start(), m.end())
                claim_overlapping(doc, m.start("age"), m.end("age"))
        for m in EVER_SINCE_RE.finditer(low, s, e):
            if HEALTH_EVENT_RE.search(low, max(s, m.start() - 40), min(e, m.end() + 40)):
                continue  # "had covid in hospital in 2021 and since then some asthma"
            if not job_sentence or any(c.fact == "years_in_job" for c in state(doc).candidates):
                continue
            years = today(doc).year - int(m.group("year"))
            if 0 <= years <= 60:
                add(doc, "years_in_job", years, 0.75, m.start(), m.end())
                claim_overlapping(doc, m.start("year"), m.end("year"))
        latest: Optional[tuple[float, re.Match[str]]] = None
        for m in SINCE_RE.finditer(low, s, e):
            if not (JOB_WORDS_RE.search(low, s, e) or EXTRA_JOB_WORDS_RE.search(low, s, e) or self._short_answer(doc, low) or self._work_before(doc, low, s, m.start())
                    or OWNED_START_RE.match(low, m.start())) or NOT_TENURE_RE.search(low[max(s, m.start() - 30):m.end()]):
                continue
            if HEALTH_EVENT_RE.search(low, max(s, m.start() - 30), m.end()):
                continue  # "no hospital since 2018": a health event's date, not a start at work
            if re.search(r"\bchanges?\s+$|\b(?:changed|switched|moved)\b[^.;!?]{0,25}$|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh) (?:job|employer|role|company|firm|place)s?\s+$|\b(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:different )?(?:jobs|employers|roles|companies|firms|places)\s+$", low[max(s, m.start() - 30):m.start()]):
                continue  # "one job change since 2021", "my 4th job since 2021", "4 jobs since 2021" count changes, not tenure
            if self._subject(doc, low, s, m.start()) not in ("self", None):
                continue  # "my wife has been there since 2015"
            years = self._years_since(doc, m.group("year"), m.group("mon"))
            if 0 <= years <= 60 and (latest is None or years < latest[0]):
                latest = (years, m)
        if latest is not None:
            # "started at Infosys in 2018 and moved to TCS in 2022": the latest start is the current job's; a move to the
            # current place beats a career figure ("been teaching 15 years but only moved to this school in 2024" is 2)
            years, m = latest
            moved = MOVED_TO_RE.match(low, m.start()) or CURRENT_PLACE_RE.search(low, m.start(), m.end())
            add(doc, "years_in_job", years, 0.88 if moved else 0.8, m.start(), m.end())
            claim_overlapping(doc, m.start("year"), m.end("year"))

    @staticmethod
    def _work_before(doc: Doc, low: str, s: int, pos: int) -> bool:
        """The prospect's own job or business is named just before the start date, with nothing else done in between
        ("Dairy farmer in Cork, 120 cows, took over from Dad in 2008", "I have hardware shop in Jaipur since 1998";
        not "I'm a nurse, lived in Leeds since 2010"): the date is the start at work, with no word such as "job" needed."""
        for c in state(doc).candidates:
            if s <= c.start and c.end <= pos and pos - c.end <= 40 and (
                    c.fact == "occupation" or (c.fact == "employment_type" and c.value in ("employed", "self_employed", "business_owner"))):
                if not OTHER_DOING_RE.search(low, c.end, pos):
                    return True
        return False

    @staticmethod
    def _years_since(doc: Doc, year: str, month: Optional[str]) -> float:
        """Years from a start year ("since '08" is 2008), to the month when one is said ("Feb 2021" -> 5.8)."""
        now = today(doc)
        y = int(year.lstrip("'’"))
        if len(year.lstrip("'’")) == 2:
            y += 2000 if y <= now.year % 100 else 1900
        if month is None:
            return now.year - y
        return round(((now.year - y) * 12 + now.month - month_of(month)) / 12, 1)

    @staticmethod
    def _short_answer(doc: Doc, low: str) -> bool:
        """The whole message is a short answer about starting or time in ("18 months in", "Started in March
        last year", "just started"): the bot asked about the job, so no job word is needed."""
        return state(doc).expect in ("years_in_job", "occupation", "employment_type", None) and bool(SHORT_TENURE_RE.fullmatch(low.strip()))

    @staticmethod
    def _subject(doc: Doc, low: str, s: int, pos: int) -> str:
        """subject_of(), except that a pronoun that is the employer after "I work for" leaves the prospect the
        subject ("I work for them since 2010", "I've been with her firm since 2019")."""
        subj = subject_of(doc, pos)
        if subj != "other":
            return subj
        me = None
        for me in FIRST_PERSON_RE.finditer(low, s, pos):
            pass
        if me is None:
            return subj
        objects = [(o.start(), o.end()) for o in OBJECT_PRONOUN_RE.finditer(low, me.end(), pos)]
        if all(any(a <= p.start() < b for a, b in objects) for p in PRONOUN_RE.finditer(low, me.end(), pos)):
            return "self"
        return subj

    @staticmethod
    def _self_at(doc: Doc, low: str, s: int, pos: int) -> bool:
        """The prospect is the subject, or the sentence has none and opens with a verb of working
        ("... my mum and dad. Working as a staff nurse for 7 years")."""
        if subject_of(doc, pos) == "self" or (bool(SUBJECTLESS_RE.match(low, s)) and not PRONOUN_RE.search(low, s, pos)):
            return True
        # "I run a shop with my husband for 18 years": a relative named after "with" is company, not the subject
        m = WITH_KIN_RE.search(low, s, pos)
        return m is not None and not PRONOUN_RE.search(low, m.end(), pos) and subject_of(doc, m.start()) == "self"

    @staticmethod
    def _window(low: str, s: int, e: int, start: int, end: int) -> str:
        """Text that may say a duration is not tenure: this clause and the one before, within
        45 characters before and 15 after ("mortgage and I'm a sparky, been doing it 15 years" is tenure)."""
        here = clause_start(low, s, start)
        before = clause_start(low, s, here - 1) if here > s else s
        window = low[max(before, start - 45):min(clause_end(low, end, e), end + 15)]
        return OWNED_TOGETHER_RE.sub(" ", window) if "together" in window else window

    def _span_years(self, m: re.Match[str], low: str) -> Optional[float]:
        """Years of a tenure match, with "two and a half years" and "a year and a half"."""
        groups = m.groupdict()
        n, unit = groups.get("n") or groups.get("n2"), groups.get("u") or groups.get("u2")
        if n is None or unit is None:
            return None
        value = self._years(n, unit)
        hi = self._years(groups["hi"], unit) if groups.get("hi") else None
        if value is not None and hi is not None and hi > value:
            value = round((value + hi) / 2, 2)  # "5-6 years" -> 5.5
        if value is not None and n in ("a", "an") and low.endswith("half ", 0, m.start("n" if groups.get("n") else "n2")):
            value /= 2  # "half a year at this job"
        if value is not None and (groups.get("half") or groups.get("half0") or groups.get("half2") or low.startswith(" and a half", m.end())):
            value += 0.5 if unit.startswith(("year", "yr")) else 0.04
        if value is not None and unit.startswith("month"):
            # "1 year 3 months there", "two years and 6 months at the bank": the years said before the months
            # right before the months' own figure: "12 years, this new place 8 months" and "4 jobs in 5 years, been in this one 8 months" are 8 months
            at = m.start("n" if groups.get("n") else "n2")
            before = YEARS_BEFORE_MONTHS_RE.search(low, max(0, at - 25), at)
            years = self._years(before.group("n"), "years") if before else None
            if years is not None:
                value = round(years + value, 2)
        elif value is not None and unit.startswith(("year", "yr")):
            after = MONTHS_AFTER_YEARS_RE.match(low, m.end())
            months = self._years(after.group("n"), "months") if after else None
            if months is not None:
                value = round(value + months, 2)  # "been at the bank two years and six months"
        return value

    @staticmethod
    def _years(n: str, unit: str) -> Optional[float]:
        value = {"a": 1.0, "an": 1.0, "a couple of": 2.0, "couple of": 2.0, "a couple": 2.0, "couple": 2.0, "a few": 3.0}.get(n)
        if value is None:
            value = parse_number(n)
        if value is None:
            return None
        if unit.startswith("decade"):
            return value * 10
        if unit.startswith(("week", "wk")):
            return round(value / 52, 2)
        return round(value / 12, 2) if unit.startswith("month") else value

    def _told_moves(self, doc: Doc, low: str) -> None:
        """Changes told without the word "job": a count in a recent window ("switched twice in the last few
        years"), a dated move from one employer to another, an earlier employer after a recent start."""
        for m in WINDOW_CHANGES_RE.finditer(low):
            word = m.group("n")
            n = {"once": 1, "twice": 2}.get(word) or parse_number(word.split()[0])
            if n is not None and n < 20 and subject_of(doc, m.start()) in ("self", None):
                add(doc, "job_changes_5y", int(n), 0.8, m.start(), m.end())
        self._moves_in_window(doc, low)
        for m in DATED_MOVE_RE.finditer(low):
            if today(doc).year - 5 <= int(m.group("year")) <= today(doc).year and subject_of(doc, m.start()) in ("self", None):
                add(doc, "job_changes_5y", 1, 0.7, m.start(), m.end())
        for m in FROM_TO_MOVE_RE.finditer(low) if " from " in low else ():
            # "moved from Lidl to Aldi in 2023": a move between employers, in a message about work (not a house move)
            if (today(doc).year - 5 <= int(m.group("year")) <= today(doc).year and (JOB_CHANGE_TOPIC_RE.search(low) or EXTRA_JOB_WORDS_RE.search(low) or has(doc, "occupation"))
                    and not PLACE_MOVE_RE.search(low, m.start(), min(len(low), m.end() + 20)) and subject_of(doc, m.start()) in ("self", None)):
                add(doc, "job_changes_5y", 1, 0.7, m.start(), m.end())
        m = BEFORE_JOB_RE.search(low) if "before" in low or "prior" in low or "previously" in low else None
        if m is not None and subject_of(doc, m.start()) in ("self", None):
            tenure = [float(c.value) for c in state(doc).candidates if c.fact == "years_in_job" and isinstance(c.value, (int, float))]  # type: ignore[arg-type]
            if tenure and max(tenure) <= 5:  # "nearly 5 yrs, before that I was at a garage": the move is inside the window
                add(doc, "job_changes_5y", 1, 0.6, m.start(), m.end())

    @staticmethod
    def _moves_in_window(doc: Doc, low: str) -> None:
        """Moves counted in the five years without the word "job", in a message about work: "moved twice in the last
        five years", "in the last 5 years I went from retail to warehouse to now driving" (a move of home is none)."""
        if " from " not in low and "moved" not in low and "jumped" not in low and "changed" not in low:
            return  # a cheap check: most messages tell no move
        about_work = _Lazy(lambda: bool(JOB_CHANGE_TOPIC_RE.search(low) or EXTRA_JOB_WORDS_RE.search(low) or has(doc, "occupation")
                                        or any(c.fact == "employment_type" for c in state(doc).candidates)))
        for m in MOVED_WINDOW_RE.finditer(low) if "moved" in low or "jumped" in low or "changed" in low else ():
            s, e = sentence_at(state(doc).sents, m.start())
            word = m.group("n")
            n = {"once": 1, "twice": 2}.get(word) or parse_number(word.split()[0])
            if n is not None and n < 20 and about_work and not PLACE_MOVE_RE.search(low, s, e) and not WE_BEFORE_RE.search(low, s, m.start()) and subject_of(doc, m.start()) in ("self", None):
                add(doc, "job_changes_5y", int(n), 0.8, m.start(), m.end())
        for m in PATH_RE.finditer(low) if " from " in low else ():
            s, e = sentence_at(state(doc).sents, m.start())
            path = m.group("path")
            hops = len(re.findall(r"\bto\b", path))
            if (hops and PATH_WINDOW_RE.search(low, s, e) and about_work and not NOT_A_JOB_PATH_RE.search(path)
                    and not PLACE_MOVE_RE.search(low, s, e) and not WE_BEFORE_RE.search(low, s, m.start()) and subject_of(doc, m.start()) in ("self", None)):
                add(doc, "job_changes_5y", hops, 0.75, m.start(), m.end())

    @staticmethod
    def _places_worked(low: str, m: "re.Match[str]") -> bool:
        """A count of "places" is of workplaces only after a verb of working ("worked 5 different places since 2021")."""
        return not m.group("noun").endswith("places") or bool(WORKED_PLACES_RE.search(low, max(0, m.start() - 30), m.start()))

    def _job_changes(self, doc: Doc) -> None:
        low: str = state(doc).low
        self._told_moves(doc, low)
        if not JOB_CHANGE_TOPIC_RE.search(low):
            apply_rules(doc, "job_changes_5y")  # "joined out of uni and never left" names no job word
            return
        for m in JOB_CHANGE_RE.finditer(low):
            word = m.group("n")
            n = TIMES.get(word)
            if n is None:
                head = word.split()[0]
                n = parse_number(head)
            if n is not None and re.search(r"\b(?:haven't|have not|havent|never|not|didn't|did not|hasn't)\s+$", low[max(0, m.start() - 12):m.start()]):
                n = 0  # "haven't changed jobs once"
            if n is not None:
                conf = 0.6 if word in ("a few times", "several times", "a lot") else 0.85
                add(doc, "job_changes_5y", int(n), conf, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in (JOB_CHANGE_COUNT_RE.finditer(low) if HINTS[id(JOB_CHANGE_COUNT_RE)].search(low) else ()):
            word = m.group("n")
            n = 1 if word.endswith(("the one", "a single")) else {"a couple of": 2, "a few": 3, "several": 4}.get(word) or parse_number(word)
            if n is not None:
                add(doc, "job_changes_5y", int(n), 0.8, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in JOB_CHANGE_NUMBER_RE.finditer(low) if "job " in low else ():
            n = ORDINALS[m.group("nth")] if m.group("nth") else parse_number(m.group("n"))
            if n is not None and subject_of(doc, m.start()) in ("self", None):
                add(doc, "job_changes_5y", int(n), 0.85, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in JOBS_IN_RE.finditer(low):
            n = parse_number(m.group("n"))
            if n is not None and n >= 1 and self._places_worked(low, m):
                add(doc, "job_changes_5y", int(n) - 1, 0.6, m.start(), m.end())
                claim_overlapping(doc, m.start(), m.end())
        for m in JOBS_SINCE_RE.finditer(low):
            n = parse_number(m.group("n"))
            if n is None or not 1 <= n < 20 or not today(doc).year - 5 <= int(m.group("year")) <= today(doc).year or subject_of(doc, m.start()) not in ("self", None):
                continue
            if not self._places_worked(low, m):
                continue
            # "3 other firms since 2021" leaves the current one out: each of them is a change
            add(doc, "job_changes_5y", int(n) - (0 if m.group("excl") or m.group("other") else 1), 0.65 if m.group("other") else 0.6, m.start(), m.end())
            claim_overlapping(doc, m.start(), m.end())
        for m in TIMES_IN_RE.finditer(low):
            # "I've moved jobs a lot - 4 times in 5 years": the count said beats "a lot"
            word = m.group("n") or m.group("w")
            n = {"once": 1, "twice": 2}.get(word) or parse_number(word)
            if n is not None and n < 20:
                add(doc, "job_changes_5y", int(n), 0.9, m.start(), m.end())
        for m in SAY_CHANGES_RE.finditer(low) if "change" in low else ():
            n = 0 if m.group("n") in ("none", "zero") else parse_number(m.group("n"))
            if n is not None and n < 20 and not has(doc, "job_changes_5y"):
                add(doc, "job_changes_5y", int(n), 0.75, m.start("n"), m.end("n"))
        for m in BARE_CHANGES_RE.finditer(low):
            n = parse_number(m.group("n"))
            if n is not None and n < 20:
                add(doc, "job_changes_5y", int(n), 0.9, m.start(), m.end())
        for m in NTH_JOB_RE.finditer(low):
            add(doc, "job_changes_5y", ORDINALS[m.group("nth")] - 1, 0.7, m.start(), m.end())
        for m in NTH_SINCE_RE.finditer(low):
            year = m.group("year")
            if (year is None or today(doc).year - 5 <= int(year) <= today(doc).year) and subject_of(doc, m.start()) in ("self", None):
                add(doc, "job_changes_5y", ORDINALS[m.group("nth")] - 1, 0.7, m.start(), m.end())
        if not has(doc, "job_changes_5y"):
            m = RECENT_CHANGE_RE.search(low)
            if m and subject_of(doc, m.start()) == "self":
                add(doc, "job_changes_5y", 1, 0.55, m.start(), m.end())
        apply_rules(doc, "job_changes_5y")
        # "at the council 6 years, before that 2 jobs in 3 years": the changes told are older than five years
        m = BEFORE_THAT_RE.search(low) if "before" in low or "prior" in low else None
        if m is not None:
            tenure = [float(c.value) for c in state(doc).candidates if c.fact == "years_in_job" and isinstance(c.value, (int, float))]  # type: ignore[arg-type]
            if tenure and max(tenure) > 5 and subject_of(doc, m.start()) == "self":
                for c in [c for c in state(doc).candidates if c.fact == "job_changes_5y" and c.start >= m.start()]:
                    state(doc).candidates.remove(c)
                add(doc, "job_changes_5y", 0, 0.85, m.start(), m.end())
