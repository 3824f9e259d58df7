"""Case tables for the attribution rules: each rule with sentences it must catch and
near misses it must leave alone. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from framing.attribution import constructions, sources, subjects, word_classes
from framing.annotate import annotate
from framing.lexicon import EXCEPTION, read_table

# (id, text, attribution, a word the speaker must contain or None)
CAUGHT = [
    ("'more concerned about' is still a state", "Ruiz was more concerned about the cost.", "named", "Ruiz"),
    ("'less convinced that' is still a state", "Voters were less convinced that it would work.", "named", "Voters"),
    ("'pressed' a person on a matter insists", "Reporters pressed Ruiz on the deal.", "named", "Reporters"),
    ("'called' a name something is a judgement", "The group called Ruiz a liar on Monday.", "named", "The group"),
    ("'declined' with an object is a refusal", "Ruiz declined further comment on the plan.", "named", "Ruiz"),
    ("'weigh' with a choice is a deliberation", "European leaders weigh plans for a joint army.", "named",
     "European leaders"),
    ("'weighing whether' is a deliberation", "The court is weighing whether to hear the case.", "named", "The court"),
    ("a bare plural after 'as' is the subject of its clause", "Shares rose as investors weighed the news.", "named",
     "investors"),
    ("a bare plural after 'though' is the subject of its clause", "The market is open, though workers say trade "
     "is slow.", "named", "workers"),
    ("'declined' with a manner is a refusal", "Asked about the plan, Ruiz politely declined.", "named", "Ruiz"),
    ("'compared to' after 'be' stays a verb", "Narendra Modi is often compared to Donald Trump.", "anonymous", ""),
    # A participle with its agent on the subject backs or publishes; the verb after it reports.
    ("the subject backed by an agent speaks", "Rebels backed by Rwanda said they had taken the town.", "named",
     "Rebels"),
    ("officials backed by the army", "On Monday, officials backed by the army said the vote was fair.",
     "anonymous", "officials"),
    ("an article posted by a network", "In an article posted by NBC News on Monday, the AP argues that the "
     "case is weak.", "named", "AP"),
    # An opening impersonal passive reports what follows it; a verb inside that is content.
    ("an impersonal passive over a verb in its content", "It is widely believed in Kyiv that the West will push "
     "for a ceasefire.", "anonymous", None),
    ("the writer reminds the reader", "It should be recalled that Russia annexed four regions.", "none", None),
    # A quotation brought in by its source after "from" and a colon.
    ("a quotation from a name, after a colon", "Advice from Ana Ruiz: 'Read the whole bill before you vote.'",
     "named", "Ana Ruiz"),
    ("a quotation from an institution, after a colon", 'A warning from the Kremlin: "Any strike on Crimea will be '
     'answered in kind."', "named", "Kremlin"),
    ("an impersonal passive, then a speech tag", "It is believed that the talks will resume, Ruiz said.", "named",
     "Ruiz"),
    ("'heard' with what was heard", "Many voters have heard by now that the plant will close.", "anonymous",
     "Many voters"),
    ("'point to' in its base form", "These voters specifically point to the 1994 bill, which put more police on the "
     "streets.", "named", "These voters"),
    ("a talk verb with the words themselves", "Ana Ruiz Speaks ‘Directly To Voters’ After Latest Flood.", "named",
     "Ana Ruiz"),
    ("a view verb with a judging adverb after its object", "The group also views Lee, Ruiz, Park and the two "
     "council members more favorably than the mayor.", "named", "The group"),
    ("a talk verb with its topic a few words on", "Lee speaks more often in public about tax policy than about "
     "trade.", "named", "Lee"),
    ("demonstrate with a clause reports", "The trial demonstrated clearly that the drug works.", "named", "The trial"),
    ("prove with a clause reports", "The audit proved that the funds were missing.", "named", "The audit"),
    ("a passive report with made: nobody named", "Between the mayor and her aides, the plan was made clear.",
     "anonymous", None),
    ("a report noun after a light verb: the light verb's subject speaks",
     "Kenya makes demands for new talks as donors meet.", "named", "Kenya"),
    ("raised concerns", "The teachers' union raised concerns that pay would fall.", "named", "union"),
    ("a headline run into the first sentence: the sentence after the colon reports",
     "Kenya Rules Out New Talks With Rebels: Ana Ruiz, the president's adviser, admitted on Sunday that talks "
     "were over.", "named", "Ana Ruiz"),
    ("a group's plural head after a capitalised adjective, before an appositive",
     "While most Western countries, including the US, have condemned the raid, others have not.", "named",
     "most Western countries"),
    # Levin 1993 verb classes, added whole in their speech-reporting sense.
    ("judgement verb: lauded", "The governor lauded the nurses for their work.", "named", "governor"),
    ("judgement verb: derided", "Senator Ann Holt derided the budget as a gimmick.", "named", "Ann Holt"),
    ("manner of speaking: yelling", "Protesters were yelling that the vote was rigged.", "named", "Protesters"),
    ("instrument of communication: emailed", "Mayor Lee emailed staff that the office would close.", "named", "Lee"),
    ("characterize verb: portrayed", "The ad portrayed the senator as out of touch.", "named", "ad"),
    ("admire verb: despises", "Ruiz despises the new tax plan.", "named", "Ruiz"),
    ("private state paradigm: hoping", "The union is hoping for a better offer.", "named", "union"),
    # An attitude stated with a copula and an adjective (pattern: attitude adjective).
    ("attitude adjective: afraid that", "Many farmers are afraid that the tariffs will stay.", "anonymous", "farmers"),
    ("attitude adjective with degree words", "Local officials were not very happy with the ruling.", "anonymous", "officials"),
    ("attitude adjective, contracted copula", "Nadia Flores said she’s so frustrated that the school closed.", "named", "Nadia"),
    ("stance adjective with its complement", "Senator Ruiz has been critical of the deal for months.", "named", "Ruiz"),
    ("attitude adjective after a negated copula", "Party leaders weren’t too concerned about the shift.", "named", "Party leaders"),
    ("attitude subject left of a coordination", "Shop owners and others have been unsettled by the protests.", "anonymous", "Shop owners"),
    # Passive report verbs: adverbs before the participle, an object complement before the agent.
    ("passive with an adverb before the participle", "The leak was first reported by the Chronicle.", "named", "Chronicle"),
    ("passive agent after a complement", "He has been called a fraud by fellow doctors for years.", "named", "fellow doctors"),
    ("passive agent after a to-be complement", "The vaccine was found to be effective by researchers at Oxford.",
     "named", "researchers"),
    ("a passive finding with no agent", "The vaccine was found to be safe in a trial of 40,000 people.", "anonymous",
     None),
    ("a verdict is a finding", "Garcia was found guilty of fraud on Monday.", "anonymous", None),
    # With no agent, the text a passive report is found in is its source; a place or a time is not.
    ("the report a passive is stated in", "As stated in the report, the shelling intensified.", "anonymous", "report"),
    ("the statement a passive is announced in", "It was announced in a statement that the talks will continue.",
     "named", "statement"),
    ("a text and what follows it", "As stated in the announcement of the ministry, the shelling intensified.",
     "named", "announcement of the ministry"),
    ("a possessive's letter", "As noted in the ministry's letter, the deadline passed.", "named", "letter"),
    ("an agent in the text's phrase wins", "The ban was announced in a decree signed by Putin.", "named", "Putin"),
    # A report noun after a possessive and adjectives is no verb: the feeling is the sentence's report.
    ("a feeling, not the rebuke it is about", "They are angered by Ukraine’s harsh public rebuke.", "named", "They"),
    ("a plural owner before a base form is its subject", "The party’s leaders claim the vote was rigged.", "named",
     "leaders"),
    ("a collective owner before a base form is its subject", "Russia’s military claim to have taken the town.",
     "named", "military"),
    # A source brought in by "there are" and a relative clause whose verb reports.
    ("a source after 'there are', with who", "There are some economists who argue that taxes should be low.",
     "anonymous", "some economists"),
    ("a source after 'there were', with who", "There were many voters who said the race was over.", "anonymous",
     "many voters"),
    ("advocates before its object", "The group advocates a carbon tax.", "named", "The group"),
    ("a light verb, an adjective and a report noun", "Grassley sent a sharp rebuke to the department.", "named",
     "Grassley"),
    ("a participle after a comma and while", "Ruiz spoke, while insisting that she is not supporting cuts.", "named",
     "Ruiz"),
    ("an initialism inside the source after 'according to'", "The delay was to blame, according to a U.S. official.",
     "anonymous", "U.S. official"),
    ("a title in capitals granted anonymity", "One senior MP, who asked not to be named, described the mood as "
     "\"mutinous\".", "anonymous", "One senior MP"),
    ("fear after a plural subject", "Critics fear the changes will hit the poorest households hardest.", "anonymous",
     "Critics"),
    ("a plural-only verb after a quantifier", "Many fear the worst.", "anonymous", "Many"),
    ("a quantifier with its place before a plural-only verb", "Many in Washington fear that the war will drag on.",
     "anonymous", "Many in Washington"),
    ("'repeated' before what was said", "Peskov repeated that no talks were planned.", "named", "Peskov"),
    ("... or a word for it", "He repeated the point in Brussels.", "named", "He"),
    ("a response received names who responds", "Lavrov's remarks drew an angry response from Kyiv.", "named",
     "Kyiv"),
    ("... and outrage", "The plan sparked outrage from opposition lawmakers.", "named", "opposition lawmakers"),
    ("a headline signed after a dash", "Moscow ready for talks without preconditions – Peskov", "named", "Peskov"),
    ("... its signer, not the verb's subject, is the source", "Kiev rejects peace talks – Zakharova", "named",
     "Zakharova"),
    ("a headline signed ': Report'", "US Quietly Urges Kyiv to Signal Openness to Talks: Report", "anonymous",
     "Report"),
    ("'put it' with how it was put", "One senior European official put it bluntly: “There is no appetite for a "
     "frozen conflict.”", "anonymous", "One senior European official"),
    ("... 'this way'", "She put it this way: “We will not give up.”", "named", "She"),
    ("a plural noun with its place before a plural-only verb", "Officials in Moscow fear that the talks will fail.",
     "anonymous", "Officials in Moscow"),
    ("... a place of several words", "Officials in New York support the plan.", "named", "Officials in New York"),
    ("... after a quantifier", "Some observers in Kyiv fear that the West will press Ukraine.", "anonymous",
     "Some observers in Kyiv"),
    ("... after 'of'", "Members of Congress oppose the deal.", "named", "Members of Congress"),
    ("a quantifier with 'the' and its place", "Some in the ruling party support the plan.", "anonymous",
     "Some in the ruling party"),
    ("a plural after an opening time and its comma", "In 2022, residents of Kherson said they were afraid.",
     "named", "residents of Kherson"),
    ("after a one-word adverbial", "Later, residents of Kherson said they were afraid.", "named",
     "residents of Kherson"),
    ("an adjective after an opening time", "In September, former officials said they were afraid.", "anonymous",
     "former officials"),
    ("a count of a plural after an opening time", "In September, four former Ukrainian regions voted to join "
     "Russia.", "named", "four former Ukrainian regions"),
    ("a source who did not want to be identified", "A neighbor, who did not want to be identified, said she heard "
     "shouting.", "anonymous", "A neighbor"),
    ("a source who did not want her name used", "A resident, who didn't want her name to be used, said the water was "
     "brown.", "anonymous", "A resident"),
    ("the defense in a trial is a party, named", "The defense argued that the evidence was circumstantial.", "named",
     "The defense"),
    ("a reduced relative with an adverb before it", "The decision, first reported by Reuters, marks a shift in "
     "policy.", "named", "Reuters"),
    ("a denial of confirmation is a report", "The ministry did not confirm the strike.", "named", "ministry"),
    ("a base form after a place in the subject", "My colleagues in Kyiv report daily blackouts.", "named",
     "My colleagues in Kyiv"),
    ("a base form after a name in the subject", "Residents of Gaza report heavy shelling.", "named",
     "Residents of Gaza"),
    ("capitalised modifier in a common-noun subject", "Ten years ago, a Times editorial praised the mayor.", "named", "Times editorial"),
    # The speaker takes in the head its phrase hangs on by a preposition or "and".
    ("head before a preposition", "A spokesman for the mayor said the road will reopen.", "named", "A spokesman for the mayor"),
    ("head before a year", "A campaign ad in 2008 questioned his record.", "named", "A campaign ad"),
    ("coordinated subject", "Federal and state officials said the money was lost.", "anonymous", "Federal and state officials"),
    # A report noun with its owner and a that-clause (pattern: owned report noun).
    ("owned report noun", "Fact-checkers looked at Senator Ruiz’s claim that crime doubled.", "named", "Ruiz"),
    ("a comparison verb with its object is a report", "Aide Jo Park, a former teacher, compared the plan to a tax.",
     "named", "Jo Park"),
    ("a question about someone else is a report", "Why does the senator think the bill will pass?", "named", "senator"),
    ("coming to know: discovered", "Federal auditors have also discovered that the funds were moved.", "named", "auditors"),
    # Speakers found past a heading, a dateline, an opening "Citing ..." and in a handle.
    ("subject after a heading's colon", "Anger at the police: Civil rights groups say officers were too rough.",
     "named", "Civil rights groups"),
    ("subject after a dateline", "BRUSSELS - European leaders said Friday the bloc would act.", "named", "European leaders"),
    ("an opening citing adjunct", "Citing a new poll, Senator Ruiz claimed the race was tied.", "named", "Ruiz"),
    ("a social-media handle", "As the user @maria_k pointed out, the two charts differ.", "named", "@maria_k"),
    ("an aside fenced by dashes", "Kall -- author of a book on debates -- said the candidate improvised.", "named", "Kall"),
    ("an aside fenced by dashes after a phrase", "The record of the hearing—released by the Supreme Court—shows "
     "that Judge Ruiz argued for a delay.", "named", "The record of the hearing"),
    ("a participle phrase fenced by dashes", "Farmers attending the meeting — the third this year — told the "
     "minister they feared a drought.", "named", "Farmers"),
    # Evidence as the source: a title-case headline, an estimate named as the basis.
    ("evidence in a headline", "New Survey Finds Rents Rising Fastest In Small Towns.", "named", "New Survey"),
    ("reported by an outlet stays a report", "The leak was reported by the Chronicle.", "named", "Chronicle"),
    ("a record as the venue of a finding", "In this poll, Ruiz rose two points since the debate.", "named", "this poll"),
    ("first as an adverb after a name", "The Chronicle first published the footage on Friday.", "named", "Chronicle"),
    ("by one estimate", "About 300 shops have closed since June, by one estimate.", "named", "one estimate"),
    # A hearsay adverb: someone else's claim, nobody named (pattern: hearsay adverb).
    ("hearsay adverb", "The driver allegedly ran two red lights before the crash.", "anonymous", None),
    ("hearsay adverb in a headline", "Campaign Reportedly Weighs New Ad Blitz.", "anonymous", None),
    ("owned conclusion", "Judge Lee's conclusion that the law stands was appealed.", "named", "Lee"),
    # A cue with a source beats an agentless passive met first in the sentence.
    ("source after an agentless passive", "The plan is not intended to end the strike, the two aides said.",
     "anonymous", "aides"),
    # A pronoun that resumes the name right before it, as translations sometimes have it.
    ("resumptive pronoun", "“We will not sign,” deputy minister Olena Hrytsenko she said on Monday.",
     "named", "Olena Hrytsenko"),
    # A curly opening mark closed by a straight one: the verb after it is outside the quotation.
    ("curly quotation closed by a straight mark",
     '“Tax breaks should not reward donors," Budget Chair Ana Ruiz (D-Ohio) said, adding that deals went out "like coupons."',
     "named", "Ana Ruiz"),
    # A report clause after its content, speaker last.
    ("post-posed report clause", "Rents would fall, but for many, the costs would outweigh the savings, said Moreno.",
     "named", "Moreno"),
    ("post-posed report clause with an appositive", "Jobs will come back, says Ann Lee, a union leader in Ohio.",
     "named", "Ann Lee"),
    # A floating quantifier after the subject, perhaps after a party tag.
    ("quantifier after party tags", "Reps. Ann Holt (D-Ore.) and Cy Lee (D-N.J.) all argued that the rules were weak.",
     "named", "Lee"),
    ("quantifier after an auxiliary", "Ruiz and Lee have both argued that the rules were weak.", "named", "Ruiz"),
    # An opening subject that runs through nouns and prepositions; a role word before a name.
    ("long opening subject", "A three-judge panel of the Court of Appeals overruled the judge, who did not confirm it.",
     "named", "A three-judge panel of the Court of Appeals"),
    ("role word before a name after the venue", "In a statement issued Monday, party nominee Ana Ruiz was more cautious.",
     "named", "party nominee Ana Ruiz"),
    ("ordinal in a coordinated title", "The former first lady and New York senator said the plan was a mistake.",
     "named", "The former first lady and New York senator"),
    ("a quantifier subject with its verb", "Some say the plan will fail.", "anonymous", "Some"),
    ("questions with its object", "Ruiz questions the fairness of the vote.", "named", "Ruiz"),
    ("question after a plural subject", "Some Democrats, however, question the wisdom of the deal.", "anonymous",
     "Democrats"),
    ("an opening subject ends at an irregular past", "In late May, a group of parents with kids in charter schools "
     "sent a letter to the board urging a delay.", "named", "charter schools"),
    ("a time phrase inside the subject", "The Harbour Board on Monday made a firm protest against the plan and "
     "promised a review.", "named", "The Harbour Board"),
    # A stance noun after a copula, with its complement (pattern: stance noun).
    ("stance noun", "Ruiz, who chairs the panel, has been a steady and vocal supporter of the treaty.",
     "named", "Ruiz"),
    ("stance noun with for", "He has long been a tireless advocate for cyclists.", "named", "He"),
    ("attacked ... as", "The nominee aggressively attacked her rival as a fraud during the debate.", "named", "nominee"),
    ("pounding ... as", "Reid has been steadily pounding Lee as a “con artist.”", "named", "Reid"),
    ("rated as in a passive", "Most of her statements were rated as mostly true.", "anonymous", None),
    ("voted against", "Lee voted against the crime bill in 1994.", "named", "Lee"),
    # Verbs of presenting, a work or a person as subject.
    ("documents how", "The film documents how the law changed.", "named", "film"),
    ("documented in a passive", "All of this is well documented in the film.", "named", None),
    ("reflects", "The test reflects the quickening pace of the program.", "named", "test"),
    ("cognition: envisioned", "No one could have envisioned what happened next.", "named", None),
    ("cognition: fathom", "I cannot fathom how she escaped the charges.", "named", "I"),
    ("advocacy: propounding", "One candidate is propounding views that pose a threat to the region.", "named", "candidate"),
    # A stance noun with its owner and object (pattern: owned stance noun).
    ("owned stance noun, a pronoun bound in its clause", "Meanwhile Ruiz continues his adulation of the general.",
     "named", "Ruiz"),
    ("owned stance noun, a common noun owner", "The woman’s enthusiasm for Ruiz is recorded in detail.", "named",
     "The woman"),
    ("criticism received beside an owned-report term", "For her part, Ruiz has faced sharp criticism for failing to act.",
     "anonymous", None),
    ("debated with an object", "Historians have long debated the causes of the famine.", "named", "Historians"),
    ("debated as a passive", "The merits of the program are being debated again.", "anonymous", None),
    ("linked ... to, a head before an opening bracket", "(Network engineers at the university have linked the "
     "outage to a faulty cable.)", "named", "Network engineers at the university"),
    ("rules against", "Federal court rules against the state's purges of voter rolls.", "named", "court"),
    ("rule that", "It was unclear whether the judges would rule that defunct mines posed a threat.", "named", "judges"),
    ("votes to", "House panel votes to hold the aide in contempt.", "named", "House panel"),
    ("voted with a tally", "The committee voted 19-15 along party lines, to send the resolution on.", "named",
     "committee"),
    ("owned threat with its object", "She has no illusions about the general’s threat to the region.", "named", "general"),
    ("offered no proof that", "He offered no proof that his rival had a role in it.", "named", "He"),
    ("an adjective before a role noun", "One of the three leading bidders is propounding ideas that worry the board.",
     "named", "One of the three leading bidders"),
    ("an adjective before a role noun after a determiner", "The band leader called the crowd a mob.", "named",
     "The band leader"),
    ("talk verb with its topic after an adverb", "Ruiz spoke emotionally of her many flights.", "named", "Ruiz"),
    ("talk verb with its listener and topic", "Activist Ana Ruiz talks to the director about prisons.", "named",
     "Ana Ruiz"),
    ("see ... as", "Critics see the plan as a gift to donors.", "anonymous", "Critics"),
    ("painting ... as after a comma", "On Monday, Ruiz leaned in hard, painting Lee as a fraud.", "named", "Ruiz"),
    ("casting ... as", "Ruiz, under fire over her taxes, is casting herself as a friend of small firms.", "named", "Ruiz"),
    ("a noun cue in a prepositional phrase", "In the wake of the Chronicle report, Ruiz has portrayed himself as a victim.",
     "named", "Ruiz"),
    # A participle clause after the subject ("a poll released in May") is skipped back to its head.
    ("reduced relative clause in -ed", "A Gallup poll released in early May found that most voters agreed.",
     "named", "Gallup poll"),
    ("reduced relative clauses in -ing", "Several judges handling suits seeking papers about Ana Ruiz's tenure as "
     "secretary of state have cited the vote.", "named", "Several judges"),
    # A second verb of the same subject: "X toured the plant and said".
    ("coordinated verb after an appositive", "Ana Ruiz, her Republican rival, toured the plant in Toledo and said she "
     "thought jobs were coming.", "named", "Ana Ruiz"),
    ("coordinated verb after an opening clause", "When the plant closed, Ruiz toured it and later said jobs would return.",
     "named", "Ruiz"),
    ("coordinated verb with a long subject", "A reporter for the Ledger spotted Ruiz and her aide and reported it online.",
     "named", "A reporter for the Ledger"),
    ("an auxiliary after a fenced phrase", "Fans, including the Mayors, have urged Congress to keep it, although they say "
     "they back cuts.", "named", "Fans"),
    ("a role noun after a title", "On Monday’s episode of “The Morning Show,” the former governor of Ohio and current "
     "Democratic nominee said she wanted to talk.", "named", "Democratic nominee"),
    ("a handle after its role", "As one Twitter user @anna_k pointed out, the charts differ.", "named", "Twitter user"),
    ("main clause after two opening clauses", "Following early reports of the fire, but before city officials had "
     "weighed in with any details, party nominee Ana Ruiz said arson was to blame.", "named", "Ana Ruiz"),
    ("a head before to", "Her filing to the court noted press reports alleging that he lied.", "named",
     "Her filing to the court"),
    ("a bare plural after a comma", "One by one, mining firms, including Atlas, declared bankruptcy.", "named", "mining firms"),
    # Verbs that report only where they close their clause.
    ("closing maintains", "Secrecy is nothing new for her, the senator’s former doctor maintains.", "named",
     "the senator’s former doctor"),
    ("closing maintained after an auxiliary", "The tax was never fair, her lawyer has long maintained.", "named",
     "lawyer"),
    ("as ... put it", "As Ana Ruiz, a tax lawyer at the Center, recently put it, “Did he lie?”", "named", "Ana Ruiz"),
    ("as ... put it in a venue", "He is a born salesman, as the Ledger put it in a profile.", "named", "Ledger"),
    ("a participle on the object reports the clause subject", "Her aide spoke to reporters after Ana Ruiz fired off "
     "a series of tweets criticizing the mayor.", "named", "Ana Ruiz"),
    ("a relative clause that reports", "She released a letter from her doctor on Friday that says she is in good health.",
     "named", "doctor"),
    ("evidence with a fenced clause", "A Ledger analysis of the groups that have raised $1 million or more since "
     "Jan. 1, 2015, shows liberal groups ahead.", "named", "A Ledger analysis of the groups"),
    # A report noun with a that-clause and no owner: the clause's subject holds it.
    ("unowned report noun", "Critics persisted in arguments that the panel was biased.", "anonymous", "Critics"),
    ("unowned report noun after an adjective", "He bought into the false narrative that the vote was rigged.",
     "named", "He"),
    # Criticism or questions the subject faces or draws: the critics speak.
    ("criticism received", "Ruiz has faced sharp questions about her charity.", "anonymous", None),
    ("criticism received from a named source", "The plan drew scrutiny from the Budget Office this week.", "named",
     "Budget Office"),
    ("came under fire", "The mayor came under fire for the delay.", "anonymous", None),
    ("criticism received from critics in lower case", "The decision drew sharp criticism from rights groups.",
     "named", "rights groups"),
    ("criticism received from critics with an adjective after them", "The mayor came under fire from residents "
     "angry at the delays.", "named", "residents"),
    ("criticism received from no one named", "The plan faced criticism from across the spectrum.", "anonymous", None),
    ("criticism received from a time is from no one", "The plan drew criticism from the start.", "anonymous", None),
    ("praise received from a named source", "The plan drew praise from Senator John Smith.", "named",
     "Senator John Smith"),
    ("praise won from critics in lower case", "The plan won praise from rights groups.", "named", "rights groups"),
    ("praise drawn in the base form", "The new rules draw praise from Senator John Smith.", "named",
     "Senator John Smith"),
    ("a noun after 'such' is no report verb", "Such plans often draw criticism from Governor Ann Lee.", "named",
     "Governor Ann Lee"),
    ("the object before 'who' speaks", "Ruiz met the man who said he was unpaid.", "named", "the man"),
    ("the object of a preposition before 'who' speaks", "Ruiz met with the workers who said they were unpaid.",
     "named", "the workers"),
    ("a bare plural after a verb and a preposition before 'who' speaks", "Lee spoke to voters who said they were "
     "angry.", "named", "voters"),
    ("a bare plural after a past verb before 'who' speaks", "Police arrested protesters who said they were "
     "peaceful.", "named", "protesters"),
    ("a participle that describes people is no verb before 'who'", "Two armed men who said they were police "
     "entered the house.", "named", "Two armed men"),
    ("a name after a past verb before 'who' speaks", "Trump attacked Comey who said the probe was political.",
     "named", "Comey"),
    ("'found' on a preposition's object is a participle", "Investigators identified the suspect based on a "
     "fingerprint found on the package, officials said.", "anonymous", "officials"),
    ("'found' on a preposition's object before 'in'", "He was charged over a gun found in his car, police said.",
     "named", "police"),
    ("'caution' before its complement is the verb", "Experts caution that the data are preliminary.", "anonymous",
     "Experts"),
    ("'charge that' reports", "Democrats charge that the president abused his power.", "named", "Democrats"),
    ("'counter that' reports", "But many scholars counter that it would take an amendment.", "anonymous",
     "many scholars"),
    ("'objected' reports", "Saudi Arabia has objected vehemently to the legislation.", "named", "Saudi Arabia"),
    ("'protested that' reports", "Students protested that the fees were too high.", "named", "Students"),
    ("'joke that' after 'to' reports", "Lee likes to joke that he is old.", "named", "Lee"),
    ("'conclude' reports", "Some experts conclude that the data are preliminary.", "anonymous", "Some experts"),
    ("a name before 'which called' speaks", "The move drew a sharp rebuke from Beijing, which called it a "
     "provocation.", "named", "Beijing"),
    ("a name after a past verb before 'which accused' speaks", "The vote angered Moscow, which accused the West "
     "of meddling.", "named", "Moscow"),
    ("a name before 'which condemned' speaks", "Sanctions were imposed on Iran, which condemned them as illegal.",
     "named", "Iran"),
    ("a conviction is its subject's", "Lee was convinced the plan would fail.", "named", "Lee"),
    ("a worry is its subject's", "Officials were worried that the plan would fail.", "anonymous", "Officials"),
    ("a closing speech tag outranks a state of mind before it", "U.S. weighs new sanctions on Chinese banks, "
     "sources say.", "anonymous", "sources"),
    ("a closing speech tag outranks a guess before it", "Lee believes the vote was rigged, his aides said on Monday.",
     "anonymous", "his aides"),
    ("a speech tag between commas outranks a conviction before it", "The senator was convinced, aides said, that "
     "the bill would pass.", "anonymous", "aides"),
    ("a name before ', which' and a verb of any class", "If we rely on the Kurds, we lose NATO ally Turkey, which "
     "regards them as enemies.", "named", "Turkey"),
    ("a tag that closes the sentence names its source", "Putin warned the West against sending tanks, the Kremlin "
     "said in a statement.", "named", "Kremlin"),
    ("a closing 'reported' too", "Trump told advisers he wanted 10,000 troops, Reuters reported.", "named", "Reuters"),
    ("no comment from a source is that source's", "There was no immediate comment from Kyiv on the report.", "named",
     "Kyiv"),
    ("a reaction met with, and who reacted", "The announcement was met with skepticism by analysts.", "anonymous",
     "analysts"),
    ("criticism met with, from a named source", "The plan was met with criticism from Kyiv.", "named", "Kyiv"),
    ("a closing 'according to' names the source of a state or a plan", "A majority of Ukrainians oppose concessions, "
     "according to a recent poll.", "named", "recent poll"),
    ("... and of a plan", "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.", "anonymous",
     "campaign aide"),
    ("one who speaks before a closing 'according to' stays the speaker", "Lee said the plan failed, according to a "
     "transcript.", "named", "Lee"),
    ("a tag between commas leaves a report before it", "Putin warned, the Kremlin said, that talks would fail.",
     "named", "Putin"),
    ("a person who said a lot about something spoke", "He said a lot about the war.", "named", "He"),
    ("a bare plural before 'which said'", "The bill drew praise from business groups, which said it would create "
     "jobs.", "named", "business groups"),
    ("a common noun before 'which said'", "Shares fell after a warning from the company, which said sales would "
     "slow.", "named", "the company"),
    ("a plural after a quantity before 'which reported'", "Prices rose at several firms, which reported higher "
     "costs.", "named", "several firms"),
    ("a quantity before the object stays with it", "Nearly half the voters who said they were undecided backed Lee.",
     "named", "Nearly half the voters"),
    ("a relative clause that ends before the verb leaves the subject speaking", "Lawyers representing the families "
     "who sued said the ruling was a victory.", "named", "Lawyers"),
    ("after a participle and a preposition the subject speaks", "Diplomats based in the region who follow the talks "
     "say the deal is close.", "named", "Diplomats"),
    ("rebukes received after an adjective", "The bill drew sharp rebukes from the governor.", "named", "governor"),
    ("a reaction after 'to prompt'", "The move is likely to prompt calls for his resignation.", "anonymous", None),
    ("help received is no aim", "Residents who received help from FEMA say the aid was slow.", "named", "Residents"),
    ("praise from inside a group names no one", "The plan won praise from inside the party.", "anonymous", None),
    ("calls from within a group name no one", "Smith has faced calls from within his own party to step down.",
     "anonymous", None),
    ("'to help' after a participle, with a finite verb in an earlier clause", "Although the program was cut, "
     "charities trying to help veterans say demand is rising.", "named", "charities"),
    ("praise being garnered", "The plan is garnering praise from economists.", "named", "economists"),
    ("calls for an act are received demands", "The remarks prompted calls for his resignation.", "anonymous", None),
    ("criticism sparked, from a named source", "The post sparked criticism from Senator Ted Cruz.", "named",
     "Ted Cruz"),
    ("the get-passive names nobody", "The senator got slammed for the remark.", "anonymous", None),
    ("the get-passive with its agent", "Ruiz got told off by the judge.", "named", "judge"),
    # "promising" as a verb: after a comma or "is", with its complement.
    ("promising to after a comma", "Ruiz spoke to plant workers, promising to reopen the line.", "named", "Ruiz"),
    ("promising to after an opening participle phrase", "Chastened by the reviews, as well as gripes over the costs, "
     "Ruiz revised her plan, promising to focus on families.", "named", "Ruiz"),
    # Stance verbs whose base form is mostly a noun: a verb only after a plural subject.
    ("support after a coordinated subject", "China and Russia support the regime.", "named", "China and Russia"),
    ("support in a relative clause", "Cities that support the rules will join the suit.", "named", "Cities"),
    ("opposing on an object", "Earlier this month, lawyers for both sides filed legal papers opposing the request.",
     "named", "lawyers for both sides"),
    ("championed", "He has championed paid leave for years.", "named", "He"),
    ("an average as evidence", "The Ledger’s Swing States average shows Ruiz ahead by four points, using the latest "
     "polls in 11 swing states.", "named", "Ledger’s Swing States average"),
    # A source granted anonymity is anonymous, whatever the noun that describes it.
    ("on condition of anonymity", "A senior Ukrainian commander, who spoke on condition of anonymity, said supplies "
     "were running low.", "anonymous", "commander"),
    ("speaking anonymously", "A Wagner fighter said, speaking anonymously, that the unit had lost half its men.",
     "anonymous", "fighter"),
    ("not authorized to speak", "A police commander, who was not authorized to speak publicly, said the talks had "
     "stalled.", "anonymous", "commander"),
    ("a name is named", "Smith, who asked not to be named in full, said the plan was dead.", "named", "Smith"),
    ("no anonymity granted", "A senior Ukrainian commander said supplies were running low.", "named", "commander"),
]

LEFT_ALONE = [
    ("'repeated' before a noun is the adjective", "Repeated attacks have damaged the grid.", "none"),
    ("no reaction received reports nobody", "The plan drew no criticism.", "none"),
    ("... nor one that was hardly any", "The second attack received little public response.", "none"),
    ("a label after a headline's dash is no signer", "Ukraine war live updates – Live", "none"),
    ("a title-case headline's second part is no signer", "Man Attempts ‘The Cannonball’ On A Frozen Lake – Pain "
     "Ensues", "none"),
    ("a sentence with a full stop is no signed headline", "He met the envoy of the president – Putin.", "none"),
    ("'let us put it that way' is the writer's own turn of phrase", "Let us put it that way, the plan failed.", "none"),
    ("'protested' alone is a demonstration", "Thousands protested in the capital.", "none"),
    ("what a thing 'says a lot about' is no report", "Sales fell in the third quarter, which said a lot about "
     "demand.", "none"),
    ("nor what it says about someone", "It says a lot about him that he stayed.", "none"),
    ("'the charge that' is the noun", "The charge that he lied was dropped.", "none"),
    ("'is to blame' says who is at fault", "The West is partly to blame.", "none"),
    ("'called' that names a group before its verb", "Members of a group called Antifa marched.", "none"),
    ("... at the sentence's start", "A group called Antifa marched.", "none"),
    ("'clarified' with a thing for object reports nothing", "The ministry clarified the matter on Monday.", "none"),
    ("a place before 'views' owns no view", "In Ukraine views on the war have hardened.", "none"),
    ("esteem inside a clause is no point of view", "Pence, who has risen in the estimation of many advisers, won.",
     "none"),
    ("the writer's own view is the outlet's voice", "In my view, the talks are dead.", "none"),
    ("'was not to blame for' too", "The pilot was not to blame for the crash.", "none"),
    ("a charge after an adjective is the noun", "Tracer bullets contain a pyrotechnic charge that lights the path.",
     "none"),
    ("a joke after an adjective is the noun", "It was a bad joke that fell flat.", "none"),
    ("a counter after a noun is the noun", "Put it on the kitchen counter that faces the window.", "none"),
    ("calls received are not demands without 'for' or 'to'", "She received calls from voters.", "none"),
    ("calls for comment are no demands", "The company has received several calls for comment about the breach.",
     "none"),
    ("calls for a time are no demands", "The office received calls from voters for weeks.", "none"),
    ("calls to a service are no demands", "The outage prompted calls to customer service.", "none"),
    ("calls for a span of days are no demands", "The hotline received calls from worried parents for two days.",
     "none"),
    ("an imperative with a colon after its clause", "Consider Keith Ellison to be the frontrunner: he has the votes.",
     "none"),
    ("questions answered are no reaction", "The contestant won by answering questions from the host.", "none"),
    ("calls for help are no demands", "Police received calls for help from residents trapped by the flood.", "none"),
    ("calls to a place are no demands", "The police received calls to the scene shortly after midnight.", "none"),
    ("a bare infinitive after 'helps' and a pronoun is an aim", "The tool helps them explain their symptoms.",
     "none"),
    ("a verb of reaction with a plain object", "The vote sparked protests.", "none"),
    ("a verb that opens its sentence and does not invert is an imperative", "Consider the senator to be the leader.",
     "none"),
    ("an imperative heading", "Ridicule the Enemy.", "none"),
    ("a bare infinitive after 'help' is an aim", "Her push is to help people understand the past.", "none"),
    ("a bare infinitive after 'let' is leave given", "The rules will let companies say where their goods were "
     "made.", "none"),
    ("a plural 'help' may be a relative clause's verb", "Groups that help migrants say conditions are dire.",
     "named"),
    ("a bare infinitive after 'helps' is an aim", "The app helps patients explain their symptoms.", "none"),
    ("'difficult to feel' is nobody's feeling", "It's difficult to feel sorry for him.", "none"),
    ("'easy to say' is a set phrase", "It is easy to say that now.", "none"),
    ("'the old saying goes' is a proverb's noun", "As the old saying goes, you get what you pay for.", "none"),
    ("'most feared' before a noun is an adjective", "Ebola is one of the world's most feared diseases.", "none"),
    ("'pressed against' is a push", "Viewers spread across the lawn and pressed against a fence.", "none"),
    ("'pressed into service' is a push", "Old school buses were pressed into service.", "none"),
    ("a figure that declined by a measure", "Shares declined 3 percent on Monday.", "none"),
    ("a figure that declined by a degree", "His approval rating has declined slightly since May.", "none"),
    ("a figure that declined by a fraction", "Exports to the region declined by half.", "none"),
    ("'percentage points to' is a figure", "It edged up its forecast for those countries by 0.1 percentage points to "
     "4.2 percent.", "none"),
    ("a state prescribed by 'should' is the writer's", "Trump should feel a great bond with Limbaugh.", "none"),
    ("'need to know' is the writer's", "This is all you need to know about the hoax.", "none"),
    ("replying in kind is a blow for a blow", "Scholars modeled what would happen if China were to reply in kind.",
     "none"),
    ("calling in to a show is no report", "She recently called in to an MTV and BET town hall about the police.",
     "none"),
    ("'wanted for' a crime is a warrant", "ICE removes Guatemalan national wanted for murder", "none"),
    ("a headline's subject must end at its verb", "Watch Ana Ruiz Erupt With Glee After Lee Seems To Endorse Her Plan",
     "none"),
    ("a headline's verb after a comma and another verb", "Ruiz Doubles Down, Accuses Lee of Losing Sight of the Plan",
     "none"),
    ("a headline's kicker is no speaker", "Confirmed: Authorities Lied About The Check-In Date", "none"),
    ("'Trending:' is no speaker", "Trending: Hottie Attempts The Cannonball On Lake", "none"),
    ("'Most Wanted' is a list's name", "The FBI's Most Wanted Domestic Terrorists Are These People", "none"),
    ("calling someone's bluff is no report", "Calling The Senate GOP's Bluff: Multiple Bills Likely To Come Up",
     "none"),
    ("'called his bluff' is no report", "Democrats called his bluff on Tuesday.", "none"),
    ("a headline's 'Suspect' is a noun", "Pipe Bomb Suspect Arrested in Southern Florida", "none"),
    ("a headline's 'Report' after a name is a noun", "FBI IG Report: A Slap On The Wrist", "none"),
    ("a demonstrative and its quantifier are no speaker", "That all suggests the plan failed.", "none"),
    ("'this all' reads as 'this'", "This all shows that the plan failed.", "none"),
    ("a gerund after a noun's 'of' is the noun's", "The idea of asking voters twice was dropped in May.", "none"),
    ("a gerund after a noun's 'of', with a subject", "Britain has a long record of admitting preachers "
     "without checks.", "none"),
    ("an organisation's name holds no plan", "Sheryl Sandberg has donated $1 million to Planned Parenthood.",
     "none"),
    ("growing calls are a noun", "Some of his supporters have walked away, prompting growing calls that it is "
     "time to unite.", "none"),
    ("a cue in -s after a participle adjective is a noun", "The renewed calls for a ceasefire went unheeded.",
     "none"),
    ("states before a relative clause are the noun", "There are at least 24 additional states that are "
     "considering similar bills.", "none"),
    ("the United States before a clause is the country", "Democrats won in those states that Obama carried.",
     "none"),
    ("a term after 'so-called' is no quotation", 'The so-called "special military operation" began in 2022.',
     "none"),
    ("a term after 'self-styled' is no quotation", 'The self-styled "Donetsk People\'s Republic" held a vote.',
     "none"),
    ("a case heard in court", "The case will be heard by ten judges.", "none"),
    ("an imperative that opens the sentence", "Consider what is happening in Syria.", "none"),
    ("an imperative before a clause with a report in it", "Note that Lee was not the first to observe the comet.",
     "none"),
    ("a cue noun that opens the sentence", "Calls to the national office were forwarded to Boston.", "none"),
    ("a gerund subject", "Proving a negative is nearly impossible.", "none"),
    ("'hard to believe' is the writer's aside", "It is hard to believe that the war has lasted three years.",
     "none"),
    ("'too early to know' is nobody's report", "It is too early to know whether the plan worked.", "none"),
    ("'worth noting' is the writer's aside", "It is worth noting that the bill passed in 2019.", "none"),
    ("'not to mention' adds a point", "A woman would face an uphill battle, not to mention the misogyny of the "
     "electorate.", "none"),
    ("'to say nothing of' adds a point", "The plan failed, to say nothing of the costs.", "none"),
    ("'called' before a name that ends the clause names a thing",
     "The mine was built near a mountain stream called Stony Creek.", "none"),
    ("'called' before a name and 'which' names a thing", "He ran a firm called Acme Holdings, which later failed.",
     "none"),
    ("'called' that names a thing", "The alliance grew after the spread of a propaganda movie called “Plandemic.”",
     "none"),
    ("'deny' a thing to someone refuses it", "A new rule would deny green card status to people who use benefits.",
     "none"),
    ("'denied access' refuses", "Reporters were denied access to the hearing.", "none"),
    ("'deny' someone a thing refuses it", "Superdelegates could deny Clinton the nomination.", "none"),
    ("'small wonder' is the writer's comment", "Small wonder: the plan failed.", "none"),
    ("'little wonder' is the writer's comment", "It is little wonder that voters are angry.", "none"),
    ("'so to speak' glosses a word", "He was, so to speak, the last man standing.", "none"),
    ("'that is to say' glosses a clause", "That is to say, the plan failed.", "none"),
    ("a thing found is a discovery", "Police found a body in the river.", "none"),
    ("the wreckage found", "Divers found the wreckage on Monday.", "none"),
    ("an editor's label in capitals", "(WARNING: Video contains graphic images.)", "none"),
    ("'to be expected' is no one's expectation", "Maybe it is to be expected.", "none"),
    ("effects felt", "The consequences will be felt for years.", "none"),
    ("effects being felt", "The effects are already being felt.", "none"),
    ("people sought by police", "The men were sought by police.", "none"),
    ("a participle after a count modifies the noun", "Police arrested two suspected gang members on Friday.", "none"),
    ("two participles after a count", "The ministry has tallied 32 suspected or confirmed cases.", "none"),
    ("a tally after a number is a noun", "The council approved the bus lanes by seven votes to two.", "none"),
    ("the writer's note on emphasis", "The law is clear on this point [emphasis added].", "none"),
    ("'added to' is an increase", "The delay added to the confusion at the border.", "none"),
    ("'according to plan' is conformity", "The launch went according to plan.", "none"),
    ("'as opposed to' is a contrast", "It is a tax on wealth, as opposed to a tax on income.", "none"),
    ("'found herself' is a state, no finding", "The senator found herself at odds with her party.", "none"),
    ("'according to' a measure is conformity", "Prices vary according to size and weight.", "none"),
    ("'weighs' with a weight is a measure", "Each warhead weighs several hundred kilograms.", "none"),
    ("'weighed' with a weight is a measure", "The baby weighed just over three pounds.", "none"),
    ("'weighed heavily on' is a burden", "The war weighed heavily on the economy.", "none"),
    ("'plans for' is the noun", "Ruiz unveiled plans for a new tax.", "none"),
    ("'adding to' is an increase", "Shares fell again, adding to the losses of the week.", "none"),
    ("'added to' with a purpose is a passive", "The tank was rebuilt, and a new section added to connect it.", "none"),
    ("the writer's note on italics", "(Italics added.)", "none"),
    ("a cue in -s after a number with thousands", "The office handles between 1,200 and 1,400 calls a month.",
     "none"),
    ("a plural's determiner and a name before a cue in -s", "The files include all FBI reports on the interviews.",
     "none"),
    ("a report noun after a number", "The paper ran 12 reports on the strike.", "none"),
    ("a tally after 'enough' is a noun", "The measure lacks enough votes to pass the Senate.", "none"),
    ("an infinitive's object in -s is a noun", "Agencies rushed to declassify key documents that could shed light "
     "on the case.", "none"),
    ("an infinitive's object after an adjective", "New rules aim to limit asylum claims at the border.", "none"),
    ("a noun in -s after 'all' is a noun", "For some, all references to the massacre are to be avoided.", "none"),
    ("details after 'more' are a noun", "There are more details here.", "none"),
    ("a talk verb with 'about an hour'", "The two women spoke for about an hour.", "none"),
    ("demonstrate without an object is a protest", "Hundreds demonstrated in the capital on Sunday.", "none"),
    ("prove to be links a subject to its complement", "For the mayor, the show proved to be a safe space.", "none"),
    ("prove with an adjective", "The plan proved costly.", "none"),
    ("concludes with: it ends", "The film concludes with a long shot of the harbour.", "none"),
    ("a plural noun after an adjective", "The sweeping remarks from both camps have raised global fears of a long "
     "strike.", "none"),
    ("backed out", "Under pressure from the unions, the city backed out.", "none"),
    ("an adjective in -backed", "Russian-backed fighters crossed the border.", "none"),
    ("judgement noun after a determiner", "The mocking tone of the ad drew no response.", "none"),
    ("characterize verb not listed in its ambiguous form", "She hails from a small town in Ohio.", "none"),
    ("raising adjective, not an attitude", "The measure is certain to fail in the Senate.", "none"),
    ("stance adjective without its complement", "The vote is critical for the party.", "none"),
    ("expletive subject holds no attitude", "It was clear and it was sure enough.", "none"),
    ("the fixed adverbial to be sure", "To be sure, the plan is complex.", "none"),
    ("a demonstrative amount holds no attitude", "In any case, this much is certain: the vote will fail.", "none"),
    ("as far as ... is concerned", "As far as the harvest is concerned, the rain came too late.", "none"),
    ("a heading with a colon is no frame", "The arrests include:", "none"),
    ("a hearsay adverb inside a quotation is the speaker's", "“He allegedly lied,” the note read.", "anonymous"),
    ("an adverb with a colon is no frame", "Solemnly professed:", "none"),
    ("copula and adjective inside a quotation", "“We are worried,” the note read.", "anonymous"),
    ("report noun without a that-clause", "Ruiz’s claims about crime drew a rebuttal.", "none"),
    ("possessive and a noun that reports nothing", "The mayor’s plan that failed was costly.", "none"),
    # Not reports: markup, commands and questions to the reader, comparisons of figures.
    ("a verb inside a markup tag", '<tweet tweet-id="123" says="x"></tweet>.', "none"),
    ("a command", "Don't blame the voters for the result.", "none"),
    ("a command after an adverb", "Seriously, please ask yourself that question.", "none"),
    ("a question to the reader", "Do you know where the money went?", "none"),
    ("an adverb between a determiner and a participle", "After a hastily called meeting, the vote went ahead.", "none"),
    ("first after a possessive is an ordinal", "His first remarks came on Monday.", "none"),
    ("in ... study as a verb", "Children in the Islamic State study the Koran daily.", "none"),
    ("by with a figure that is no estimate", "The budget was cut by one third in the spring.", "none"),
    ("a record noun in a headline with no finding verb", "New Survey Of Small Towns Opens In May.", "none"),
    ("a credit line", "Ana Ruiz reported from Lagos, and Tom Hale from Accra.", "none"),
    ("additional reporting", "-- additional reporting by Tom Hale.", "none"),
    ("show up is no evidence", "The real candidate showed up at the debate.", "none"),
    ("a comparison adjunct", "Turnout was 61 percent, compared with 55 percent in 2012.", "none"),
    ("a comparison adjunct with no comma", "Workers have secured the largest wage hikes in the nation compared to "
     "all other groups.", "none"),
    ("a comparison after 'when'", "It is rather small when compared to other galaxies.", "none"),
    ("the connective that being said", "That being said, the deal could still fall apart.", "none"),
    ("the connective that said", "That said, turnout rose in every county.", "none"),
    ("a noun cue after a preposition and a modifier", "The group looked into 40% of Democratic claims.", "none"),
    ("a noun cue after a preposition and an adjective", "The feud went on in early-morning tweets.", "none"),
    ("maintains with an object", "Crews maintained the road all winter.", "none"),
    ("maintained as a passive", "The road is well maintained.", "none"),
    ("put it with a place", "She put it on hold for a week.", "none"),
    ("a demonstrative and a noun cue", "That claims office is closed on Fridays.", "none"),
    ("a relative clause of action", "The firm that published the paper is based in Ohio.", "none"),
    ("a relative clause on a report noun", "The claims that surfaced last week were false.", "none"),
    ("a superlative's relative clause", "It smacks of the deepest fear that I have ever seen.", "none"),
    ("weather faced is no criticism", "The plant faced heavy rain all week.", "none"),
    ("promising as an adjective", "It was a promising start to the season.", "none"),
    ("promising after a linking verb", "The results look promising to the team.", "none"),
    ("support as a noun after an adjective", "Ruiz enjoyed tremendous support in the suburbs.", "none"),
    ("support as a noun after a share", "Trump has 5 percent support of the vote.", "none"),
    ("support as a noun after a possessive plural", "Candidates vie for vets' support.", "none"),
    ("support as a noun after a demonym", "Republican support was more solid.", "none"),
    ("supporting as an adjective", "She had a supporting role in the film.", "none"),
    ("a means, not a report", "There is no way to tell without the records.", "none"),
    ("a right, not a report", "Tenants have every right to know more about the lease.", "none"),
    ("a noun cue after a plural quantifier", "Too many calls still roll over to backup centers.", "none"),
    ("a noun cue before an auxiliary", "Health worries have dogged her all year.", "none"),
    ("a noun cue before the past of a verb of change", "Weekly jobless claims fell to 210,000.", "none"),
    ("found in a passive as a discovery", "The bodies were found in a field.", "none"),
    ("a report required, not made", "The new law requires companies to report emissions every year.", "none"),
    ("a report noun after 'a' and an adjective", "The vote was a stunning rebuke to the government.", "none"),
    ("'telling' as the adjective", "His theory, however, is telling.", "none"),
    ("'telling' after a degree word", "The pattern is particularly telling.", "none"),
    ("a report noun after 'one' and an adjective", "One odd remark stood out at the end.", "none"),
    ("a report noun after 'each' and an adjective", "Each sharp rebuke came with a smile.", "none"),
    ("a report noun after a possessive and two adjectives", "Ukraine’s harsh public rebuke angered its allies.",
     "none"),
    ("a report noun after a possessive pronoun and two adjectives", "His sharp public rebuke stunned the room.",
     "none"),
    ("a report allowed, not made", "The rules allow firms to disclose less.", "none"),
    ("having said that as a connective", "Having said that, turnout rose in every county.", "none"),
    ("fear as a noun", "Residents live in fear of attacks.", "none"),
    ("the writer's caveat: could not be verified", "The figures could not be independently verified.", "none"),
    ("the writer's caveat: not possible to verify", "It was not immediately possible to verify the claim.", "none"),
    ("the writer's caveat: unable to verify", "Reuters was unable to independently verify the report.", "none"),
    ("found in a passive as a discovery, with a time", "A suspicious package was also found Friday in Burlingame.",
     "none"),
    ("questions as a noun", "The panel raised new questions about the budget.", "none"),
    ("question as a noun with a relative clause", "The question the court faces is simple.", "none"),
    ("stance noun without its complement", "He is a critic and a poet.", "none"),
    ("attacked without as", "Rebels attacked the base at dawn.", "none"),
    ("rated without as", "The bond was rated AAA last year.", "none"),
    ("documents as a noun", "Ruiz filed legal documents on Monday.", "none"),
    ("documented as an adjective", "Documented cases of fraud are rare.", "none"),
    ("questions as a noun before a preposition", "Ruiz raised questions in the hearing.", "none"),
    ("imagine is left out", "It's hard to imagine a timetable worse than this one.", "none"),
    ("a gerund after without", "It goes without saying that taxes will rise.", "none"),
    ("a contraction is no owner", "It's support for the plan that counts.", "none"),
    ("debated with no object", "He had never debated before that night.", "none"),
    ("linked to as a participle", "Deaths linked to the drug rose sharply.", "none"),
    ("rules that as a relative clause", "They set out a raft of clean-air rules that could close plants.", "none"),
    ("a threat with no owner", "The threat of war grew all year.", "none"),
    ("evidence in the writer's voice", "There is no evidence that it works.", "none"),
    ("talk verb with a duration", "The two women spoke for about five minutes.", "none"),
    ("talk verb with a place", "The president spoke in a cottage on the base.", "none"),
    ("see without as", "We will see how it goes next week.", "none"),
    ("cast without as", "Voters cast ballots for the nominee.", "none"),
    ("saw ... as a conjunction", "Ruiz saw the crowd as she arrived.", "none"),
    ("an adjective average", "The average voter shows little interest in the race.", "none"),
]

# (id, text, a word the speaker must not contain)
WRONG_SPEAKER = [
    ("a participle on a noun before a place is a reduced relative", "A fingerprint found on the package belonged to "
     "the suspect, investigators said.", "fingerprint"),
    ("a past verb with its object ends the source after 'according to'", "According to Campbell Russia provided "
     "the fuel.", "provided"),
    ("'which' with no comma after a place is no institution's", "Trump narrowly won Michigan which showed how far "
     "the party had shifted.", "Michigan"),
    ("a verb before a plural is no modifier of it", "This warning will infuriate environmental campaigners who "
     "argue that it is late.", "infuriate"),
    ("a verb in -ed before a plural is no modifier of it", "The witch-hunt included voices who described themselves "
     "as on the left.", "included"),
    ("the object of a verb of reaction is a noun", "The plan drew praise from Senator John Smith, who called it "
     "bold.", "drew"),
    ("a word after 'such' is a noun", "Such plans often draw criticism from Governor Ann Lee.", "Such"),
    ("a clause's subject and verb are no part of the object before 'who'", "Ruiz met the man who said he was "
     "unpaid.", "met"),
    ("nor across a preposition", "Ruiz met with the workers who said they were unpaid.", "Ruiz"),
    ("nor before a bare plural", "Lee spoke to voters who said they were angry.", "spoke"),
    ("nor before a name", "Trump attacked Comey who said the probe was political.", "attacked"),
    ("nor before a bare plural object", "Police arrested protesters who said they were peaceful.", "arrested"),
    ("a persuasion to act is someone else's", "Lee was persuaded to run by his wife.", "Lee"),
    ("a document's 'which called for' is no name's", "The law, which called for cuts, was passed by Congress.",
     "Congress"),
    ("verbs joined by 'and' after a comma are no speakers", "Two dozen protesters gathered in a circle, chanted "
     "and held signs urging the prosecutor to step aside.", "chanted"),
    ("'which' after a common noun may stand for a clause", "The firm cut jobs, which showed its weakness.", "jobs"),
    ("'by name' is no agent", "The group is never mentioned by name, but the ad attacks it.", "name"),
    ("'by phone' is no agent", "The minister was told by phone that the talks had failed.", "phone"),
    ("no opening phrase runs into the verb's object", "In New York City Mayor Adams attacked Clinton, calling her "
     "reckless.", "Clinton"),
    ("a participle with a time after it, fenced by commas, is a passive",
     "The plan, announced last week, drew criticism from both parties.", "The plan"),
    ("'by' inside an infinitive is no agent", "The drug was shown to cut deaths by a third.", "third"),
    ("an opening participle clause is no antecedent", 'Asked whether the plan had been shelved, he replied: "No."',
     "Asked"),
    ("'by' after a passive infinitive is no agent", "Grimm is expected to be indicted by federal prosecutors.",
     "prosecutors"),
    ("a passive set off by commas, with no agent", "The damage, estimated at $2 billion, was the worst in decades.",
     "damage"),
    ("an opening sentence adverb is no subject", "Indeed, it would have been better if the mayor had released the "
     "files in May, when voters could have considered them.", "Indeed"),
    ("an adverb in a fenced clause is not skipped", "The nominee continues to insist, most recently in an interview "
     "with the Ledger, that he really, really wants to publish his taxes.", "Ledger"),
    ("a time word after an inverted verb is no speaker", "Ruiz, who led the panel, said Tuesday.", "Tuesday"),
    ("an inverted verb's object that opens a clause", "Ruiz, at the rally, said Clinton, who was absent, had lied.",
     "Clinton"),
    ("an adjective in -ed opens no clause", "The embattled Ruiz campaign, beset by leaks, said it would go on.", "leaks"),
    ("a verb is no role word before a possessive", "Chastened by the loss, Mayor Ruiz revised her plan, saying "
     "she would run again.", "revised"),
    ("an auxiliary and a preposition are no nouns", "The choice was between going after Lee as unfit or poking "
     "holes in his image.", "between"),
    ("a modal is no adjective", "No one could have envisioned what happened next.", "could"),
    ("a relative clause's object is no speaker", "One of the doctors who sent the letter called him a quack.", "letter"),
    ("a preposition is no role word", "Asked about Ruiz's pledge that it would pass, Lee said, “I doubt it.”", "about"),
    ("'lest' opens a clause, not a name", "Lest you think the count was rushed, I should say that the ballots were "
     "checked twice.", "Lest"),
]

# (id, text, the whole speaker)
SPEAKER_EXACT = [
    # A year and its comma end a clause: the verb after them reports, its speaker after it.
    ("a year's comma before an inverted tag", "The tweet came after the rockets were launched in 2012, says the "
     "Jewish Virtual Library.", "Jewish Virtual Library"),
    ("a date before an inverted tag is no speaker", "The tweet came after the rockets were launched on November 13, "
     "2012, reports the Jewish Virtual Library.", "Jewish Virtual Library"),
    ("a figure inside the subject", "The 3 percent rise in prices implies that inflation is back.",
     "The 3 percent rise in prices"),
    ("a span of time ends no speaker's phrase", "So many Catholics in the last 40 years assumed that the church "
     "would change.", "many Catholics"),
    ("a span of time in words", "Analysts over the past few months have warned that prices would rise.", "Analysts"),
    # A name with its determiner may modify the noun after it; a verb after a name is no such noun.
    ("a name that modifies the head", "A National Rifle Association task force released a report on Tuesday that "
     "called for armed guards, and urged states to act.", "A National Rifle Association task force"),
    ("an outlet's name before its article", "The New Yorker article, written before the hearing, said the "
     "account was detailed.", "The New Yorker article"),
    ("a verb with its object after a name", "The South Carolina Republican set a deadline of May 1 and said he "
     "wanted answers.", "The South Carolina Republican"),
    # An owned report noun before "is that" or "was that" reports as "Trump's claim that" does.
    ("an owned claim before 'was that'", "Haley’s essential claim was that Saudi Arabia is under attack.", "Haley"),
    ("a place after a passive is no text", "As reported in Kherson, the shelling continued.", ""),
    ("a time after a passive is no text", "The figure was reported in March.", ""),
    ("an interview is no text: its speaker is to be found", "As said in an interview, the talks are over.", ""),
    ("'accused of' on a noun is a passive nobody is named for", "Police arrested a man accused of killing three "
     "people.", ""),
    ("'suspected of' after a comma is a passive too", "The officer, suspected of spying for China, was arrested.",
     ""),
    ("a gerund inside a reduced relative is passed over to its head", "The man accused of egging on Ruiz denied "
     "the allegations.", "The man"),
    ("'accused' with its object is the subject's", "The senator accused Lee of lying.", "The senator"),
    ("a dash and 'but' open a clause", "Male and female are the two sexes — but transgender advocates now claim "
     "more than 50 genders.", "transgender advocates"),
    ("a dash and 'while' open a clause", "A pope who issues such a document—while others disagree—has harmed the "
     "Church.", "others"),
    ("a dash and 'or' fence an aside", "Suspiciously, Ford can’t –or won’t— say when the incident happened.", "Ford"),
    ("a plural without -s after an opening phrase", "In Michigan, white men demanded an end to the lockdown.",
     "white men"),
    ("'women' as a bare plural", "In Ohio, women say the plan failed.", "women"),
    ("'he' is the owner before a name's modifier", "Democrats seized upon Mr. Trump's RT appearance, in which he "
     "said he was skeptical.", "Mr. Trump"),
    # An opening participle clause is no subject: the phrase after its comma is.
    ("an opening participle clause", "Separated from his wife and two children in Detroit, the 40-year-old "
     "father feels isolated, struggling to find work.", "the 40-year-old father"),
    ("an opening participle before a name", "Echoing the reaction to Indiana's law, Hutchinson has faced pressure "
     "from the state's top employers and has urged a veto.", "Hutchinson"),
    ("a name before 'which urged' speaks", "Echoing the reaction to Indiana's law, Hutchinson has faced pressure "
     "from the state's top employers, including Walmart, which urged a veto.", "Walmart"),
    ("a name in -ed is no participle", "Alfred Smith, the mayor, said the plan failed.", "Alfred Smith"),
    ("a participle on the object after an aside on the subject", "Senator John McCain, Republican of Arizona, "
     "began his questions by saying, “It’s good to see you.”", "Senator John McCain"),
    # An opening subordinate clause ends at its comma; the main clause's subject may open in lower case.
    ("a lower-case subject after an opening clause", "Although Scott lacks a signature achievement, elected "
     "officials from both parties say he is a hard worker.", "elected officials from both parties"),
    ("a compound subject after an opening clause", "Although she was the top student, high school administrators "
     "decided she should share the honor.", "high school administrators"),
    ("a headline's 'Expected' is a passive with nobody named", "GOP Congressman Expected To Be Indicted", ""),
    ("a headline's report verb after a name", "Sanders Vows To End Tax Break", "Sanders"),
    ("an -ly adverb before a reduced relative's participle", "Thanks in part to protesters tacitly endorsed by "
     "Trump, governors are under pressure.", "Trump"),
    ("an adverb before a reduced relative's participle", "During an exchange first reported by The Washington "
     "Post, Senator Ron Johnson vented at Mr. McConnell.", "Washington Post"),
    # A negated verb with no speaker found by the phrase rules: its own clause's subject, not the sentence's.
    ("a negated verb's clause subject", "U.S. deaths neared 80,000, but the president didn’t tweet about that.",
     "the president"),
    ("a negated verb after an opening clause", "His face flushed, Mr. Sanders did not speak at all.", "Mr. Sanders"),
    ("a negated verb and the writer", "Sorry Hillary, we don’t think they look alike.", "we (the writer)"),
    # A relative clause that ends in a name with its own appositive: the clause's head speaks.
    ("an appositive inside a relative clause", "Biden, who served as vice president under Barack Obama, the first "
     "black U.S. president, said the plan would fail.", "Biden"),
    ("an appositive inside a relative clause before 'told'", "Ruiz, who worked for Tom Lee, the former mayor, told "
     "reporters the plan would fail.", "Ruiz"),
    ("an object relative keeps its own subject", "The rule, which Pope John Paul, in line with tradition, called "
     "impossible, is now deemed possible.", "Pope John Paul"),
    ("a relative clause in an opening adverbial", "After the meeting with Ana Ruiz, which lasted an hour, Tom Lee "
     "gave no sign of leaving, insisting that he would compete.", "Tom Lee"),
    ("a cue after a plural after 'to' stays a verb", "The suggestion that the phrase is a threat to transgender "
     "individuals downplays their struggle.", "The suggestion"),
    ("'called' a judgement in quotation marks", "It is a military fight he called “a war of choice.”", "he"),
    ("'called' after a relative clause's noun", "One of the doctors who sent the letter called Oz a quack.",
     "One of the doctors"),
    ("'denied the allegations' gainsays", "He denied the allegations.", "He"),
    ("'denied to' someone a claim gainsays", "The king and his son have denied to both envoys any knowledge of the "
     "murder.", "The king and his son"),
    ("a cue after 'they all' stays a verb", "They all say the plan failed.", "They"),
    ("'mention' after 'not' stays a verb", "She did not mention the plan.", "She"),
    ("'telling' with an object stays a verb", "He is telling reporters the deal is off.", "He"),
    ("a report noun after 'one' and a noun speaks", "One federation report recommended simply forgetting the "
     "numbers.", "One federation report"),
    ("'back' before a date is no part of an agent", "The outbreak was declared by the Ministry of Health back on "
     "October 19.", "Ministry of Health"),
    # An opening phrase of time or place that no comma closes, before a participle that reports.
    ("an opening phrase with no comma", "In Wednesday's speech the senator also took a swipe at Ana Ruiz, calling "
     "her record reckless.", "the senator"),
    ("an opening phrase before a name", "During the debate Trump attacked Clinton, saying she had lied.", "Trump"),
    ("an opening year", "In 2015 Obama signed the bill, saying it was overdue.", "Obama"),
    ("an opening phrase with a prepositional noun", "In an interview with the Times the senator attacked Ruiz, "
     "calling her reckless.", "the senator"),
    # A hometown after a name, news style: the town and state are not the speaker.
    ("a hometown before a fenced clause", "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it "
     "brought back memories.", "Donna Rawlings"),
    ("a hometown before the verb", "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.",
     "Johnnie Wilson"),
    ("a state alone after a name", "But Mr. Royce, of California, called Friday for a vote.", "Mr. Royce"),
    # An aside after a name whose closing comma is missing: the name speaks, not the aside's last phrase.
    ("a role with no closing comma", "Ana Ruiz, head of emergency response at the World Health Organization (WHO) "
     "said the outbreak was spreading.", "Ana Ruiz"),
    ("a description with no closing comma", "Maria Costa, a senior fellow at the Hoover Institution said Friday "
     "that the movement had lost its way.", "Maria Costa"),
    ("a relative clause with no closing comma", "Tom Lee, who works for the Broward County Democratic Party adds "
     "that the vote was close.", "Tom Lee"),
    ("an unclosed aside that holds 'and' is a list", "Ana Ruiz, the mayor and the police chief said the road "
     "was closed.", "Ana Ruiz, the mayor and the police chief"),
    ("a speech tag set inside after an aside", "Ana Ruiz, the mayor said, would resign.", "the mayor"),
    # Words joined by hyphens are nouns and modifiers like any other, unless they end in a participle.
    ("a hyphenated role word after the verb", "“He failed,” said Indivisible co-founder Ezra Levin.",
     "Indivisible co-founder Ezra Levin"),
    ("a hyphenated modifier of a role", "Republican vice-presidential nominee Mike Pence echoed the statements.",
     "Republican vice-presidential nominee Mike Pence"),
    ("a hyphenated modifier of a plural", "Even pro-life leaders have expressed their approval of the vaccines.",
     "pro-life leaders"),
    ("a hyphenated participle describes", "Rep. Ana Ruiz took a stand for Rep. Tom Lee on Saturday after the "
     "latter’s expletive-laced comments in favor of impeachment.", "Rep. Ana Ruiz"),
    ("a time that opens the sentence is no name", "On Monday, the minister said the road was closed.",
     "the minister"),
    ("a pronoun after a name and a comma speaks", "Mr. President, we said the plan would fail.", "we (the writer)"),
    ("a sentence adverb before a list", "Likewise Ana Ruiz, Tom Lee and Ed Diaz all thought that the deal was bad.",
     "Ana Ruiz, Tom Lee and Ed Diaz"),
    ("a subject after 'as' that opens a clause", "The backlash built quickly over the weekend as some prominent "
     "conservatives called for his resignation.", "some prominent conservatives"),
    ("a number with thousands in a fenced clause", "Former Florida Gov. Ana Ruiz, who released 250,000 emails "
     "from her tenure, has criticized the plan.", "Former Florida Gov. Ana Ruiz"),
    ("a participle in a role before a name", "French sporting goods retailer Acme has confirmed it will not stock "
     "the item.", "Acme"),
    ("words to come after 'is expected to'", "Rep. Ana Ruiz is expected to announce her bid on Thursday.",
     "Rep. Ana Ruiz"),
    ("'many' as a determiner", "Many Democratic voters have said they believe that sexism makes it harder to win.",
     "Many Democratic voters"),
    ("a bare plural before fenced members", "Mining companies, including Patriot, declared bankruptcy.",
     "Mining companies, including Patriot"),
    ("a bare plural before a fenced aside", "Younger black voters, in particular, have expressed misgivings.",
     "Younger black voters"),
    ("a fence before an auxiliary and an adverb", "Other unions, including the AFL-CIO, have also endorsed the "
     "candidate.", "Other unions, including the AFL-CIO"),
    ("an appositive name before 'had previously'", "Another RT host, Ana Ruiz, had previously denounced the plan.",
     "Ana Ruiz"),
    ("a list of names with titles", "Mr. Nadler, Ms. Pelosi and Mr. Schumer believe the vote was rigged.",
     "Mr. Nadler, Ms. Pelosi and Mr. Schumer"),
    ("a clause after 'even' ends the agent", "The senators had been lauded by their progressive base even as "
     "workers went unpaid.", "their progressive base"),
    ("a question after the agent of 'asked by'", "When she was asked by a reporter where the money went, Ruiz "
     "laughed.", "reporter"),
    # A relative clause in "who" that runs up to the verb: its last phrase speaks for nobody.
    ("a relative clause ending in a common noun", "Reporters who were on the ground after the attacks relayed "
     "that people were angry.", "Reporters"),
    ("a relative clause after two names", "Reporters from The Daily Record and Reuters who were at the scene "
     "after the fire relayed that people were angry.", "Reporters from The Daily Record and Reuters"),
    # An adverb after a fenced phrase ("..., also said", "..., just told") leaves the fenced name or the head before it.
    ("an appositive name before 'also'", "A city councilman, David Mello, also said that the mayor knew.",
     "David Mello"),
    ("'just' after a fenced description", "Larry Summers, the outgoing chairman of the council, just told "
     "reporters that the deal announced by President Obama would help.", "Larry Summers"),
    # A gerund after a verb or adjective that takes "of" reports for the clause's subject.
    ("a gerund after 'tire of'", "Ana Ruiz and Tom Lee never tire of telling the story of the strike.",
     "Ana Ruiz and Tom Lee"),
    ("a gerund after 'stopped short of'", "The agency, however, stopped short of declaring the outbreak an "
     "emergency.", "The agency"),
    ("a gerund after 'steered clear of'", "But Republicans steered clear of discussing whether the deal "
     "should stand.", "Republicans"),
    # "he" or "she" after a possessive owner points to the owner, without the "'s".
    ("a pronoun's antecedent owns the subject", "For voters, Ms. Lee's show was a safe space where she claimed "
     "the election was stolen.", "Ms. Lee"),
    # (after "But for Ana Ruiz," the point of view's person would take "he": names say nothing of sex)
    ("a pronoun's antecedent owns the subject, across an aside", "In the end, Dr. Lee's show proved to be "
     "a safe space, and offered a platform to say whatever he wanted.", "Dr. Lee"),
    ("a degree word before an adverb", "As Breitbart News most recently reported, the plant closed.",
     "Breitbart News"),
    ("a possessor before a role in two words", "Cuba’s health ministry initially vowed an investigation.",
     "Cuba’s health ministry"),
    # A plural for people or bodies before a place keeps the place: the clubs speak, not Britain.
    ("clubs in a country", "After days of pressure, the top soccer clubs in Britain said they would cut pay.",
     "the top soccer clubs in Britain"),
    ("doctors at a hospital", "Doctors at Johns Hopkins said the drug works.", "Doctors at Johns Hopkins"),
    ("a connective adverb after the speaker", "Weaver nonetheless implies Trump is somehow responsible.", "Weaver"),
    ("'yet' before a second verb's subject", "Yet Mr. Trump has attacked the coverage he does not like, and has "
     "long expressed hostility toward the press.", "Mr. Trump"),
    ("'yet another' is no conjunction", "Yet another Obama dirty deal with Iran that we're just learning about now.",
     "we (the writer)"),
    ("an opening participle after 'After' reports the main clause's subject", "After saying her right foot was "
     "“so swollen,” she was “whisked” off to the hospital.", "she"),
    ("an opening participle after 'While'", "While insisting the plan failed, the mayor resigned.", "the mayor"),
    ("a common noun after an inverted verb", "“It is late,” said the announcer.", "the announcer"),
    ("an inverted verb in the middle of the sentence", "Thus, explained the cardinal, the Sacraments have to be "
     "celebrated.", "the cardinal"),
    ("a time after an inverted verb is no speaker", "“It is late,” he said the next day.", "he"),
    ("'to blame' with an object is still the verb", "The plan was to blame the attack on the rebels.", "The plan"),
    ("an infinitive after the agent is no part of it", "Lee was persuaded by his wife to run.", "his wife"),
    ("the agent after an infinitive is the passive's", "Lee was persuaded to run by his wife.", "his wife"),
    ("... not a passive infinitive's", "Lee was urged to be replaced by a younger man.", ""),
    ("... nor a measure after an infinitive", "Prices were expected to rise by a third.", ""),
    ("'to' before a name stays inside the source", "According to the envoy to Ukraine, talks failed.",
     "envoy to Ukraine"),
    ("the subject of an indirect question is asked about", "Asked whether Moscow would accept a ceasefire, Peskov "
     "said it was too early.", "Peskov"),
    ("a verb inside the question sets the scene", "Asked why Moscow refused, Peskov said nothing.", "Peskov"),
    ("a headline's names, whose comma stands for 'and'", "Scholz, Macron urge Putin to agree to ceasefire in phone "
     "call", "Scholz, Macron"),
    ("... not an opening adverbial before one name", "Yesterday, Macron said talks would resume", "Macron"),
    ("an opening participle phrase is no item of a list of names", "Writing in Foreign Affairs, Richard Haass and "
     "Charles Kupchan proposed a plan.", "Richard Haass and Charles Kupchan"),
    ("... a surname in -ing still is", "Fleming, Smith and Jones said the talks failed.", "Fleming, Smith and Jones"),
    ("a focus adverb before a list of names is no part of it", "Even Senators Jeff Flake, Bob Corker and Lindsey "
     "Graham, who have all said Ford needs to be heard, have indicated that they want a hearing.",
     "Senators Jeff Flake, Bob Corker and Lindsey Graham"),
    ("a closing speech tag in a report verb besides 'said'", "Moscow has repeatedly stated that it is open to "
     "talks, Kremlin spokesman Dmitry Peskov reiterated on Monday.", "Kremlin spokesman Dmitry Peskov"),
    ("... 'argued' as the tag", "They have not only revealed his incompetence, but his cruelty as well, Conway "
     "argued.", "Conway"),
    ("a closing 'according to' still outranks a verb that is no saying", "But it quickly turned tense as Mr. Trump "
     "argued for his wall, according to two of the officials.", "two of the officials"),
    ("the tag is the verb after a comma, not an earlier one in the list", "The Mail reports that health workers have "
     "recorded confirmed cases of Ebola in three zones, the WHO said.", "WHO"),
    ("a clause in 'what' that opens the sentence is its subject, not its report", "What the Kremlin wants, "
     "according to several people who have spoken with Putin, is a neutral Ukraine.", "several people"),
    ("an indefinite pronoun before its place, negated", "Not everyone in Washington agrees with that assessment.",
     "Not everyone in Washington"),
    ("'no one' before its place", "No one in Kyiv believes the Kremlin.", "No one in Kyiv"),
    ("a negated quantifier before its place", "Not many at the Kremlin agree.", "Not many at the Kremlin"),
    ("a relative clause between commas describes its noun; the main clause reports", "The proposal, which Kyiv "
     "rejected outright, was described by a senior Ukrainian official as “a non-starter.”",
     "senior Ukrainian official"),
    ("the subject before a relative clause, for a participle after the main verb", "Jeb, who is running, raised "
     "eyebrows Monday after telling Fox News he supported the invasion.", "Jeb"),
    ("the names before 'who have all said', for the main verb", "Senators Flake and Corker, who have all said Ford "
     "needs to be heard, have indicated that they want a hearing.", "Senators Flake and Corker"),
    ("a span of time that opens the sentence is no part of the subject", "About 30 minutes into Lee’s set, members "
     "of the group interrupted him, denounced his jokes and left.", "members of the group"),
    ("... with the second of two verbs", "About 30 minutes into the set, members of the group interrupted the show "
     "and denounced his jokes.", "members of the group"),
    ("'such' alone is no speaker", "Such being the case, the mainstream media, deferring to the agency, "
     "automatically concludes that it is right.", ""),
    ("a comma after the speaker's name is no part of it", "“These ads give voice to doubts,” the coalition's "
     "executive director, Matt Brooks, said in a written statement.",
     "the coalition's executive director, Matt Brooks"),
    ("a time after the speaker is no part of it", "The president for months has blasted the agents for their bias.",
     "The president"),
    ("a weekday after an inverted verb is passed over", "“We will win,” said Tuesday Ana Ruiz.", "Ana Ruiz"),
    ("a weekday after an opening participle is no speaker", "Asked Wednesday about the vote, Ana Ruiz said it was "
     "fair.", "Ana Ruiz"),
    ("a weekday after a participle on the subject is no speaker", "The report, published Thursday, accuses both "
     "sides of abuses.", "The report"),
    ("an object after a verb that follows its subject", "Alfred Smith, the mayor, said the plan works.",
     "Alfred Smith"),
    ("'made the following comment:' is a light verb's", "On July 6, 2015, Sanders made the following comment:",
     "Sanders"),
    ("a light verb and an adjective before a report noun", "The party made false claims that the vote was rigged.",
     "The party"),
    ("a pronoun's contraction before the verb", "At the same time, he'd admitted he didn't believe it.", "he"),
    ("an opening prepositional phrase before a determiner", "And for the most part, the liberal senators who "
     "opposed the agreement held their fire.", "the liberal senators"),
    ("a subject's appositive is no opening phrase", "But MGM Resorts International, the owner of Mandalay Bay, says "
     "police officers were there.", "MGM Resorts International"),
    ("an aside of several words in brackets", "Indeed, as the DNC Communications Director (of all people) "
     "has said, your statement is odd.", "DNC Communications Director"),
    ("a short form in quotation marks and brackets", "The Office of the Inspector General (“OIG”) criticized the "
     "decision.", "Office of the Inspector General"),
    ("a short form in brackets", "The Foreign Intelligence Service (SVR) claimed the plan failed.",
     "Foreign Intelligence Service"),
    # A role after an opening adverbial: the subject, though it opens with "the" and a lower-case word.
    ("a role after an opening clause", "When that happens, the killer’s public defender will call it a "
     "“vindication.”", "the killer’s public defender"),
    ("a role after an opening phrase", "During a rare public address last week, the former president appeared to "
     "challenge Trumpism while urging voters to resist.", "the former president"),
    ("a thing after an opening phrase is no speaker", "For years, the return on investment for higher education "
     "has steadily declined.", ""),
    ("a word in -er before a thing is no role", "During the storm, the sheer volume of calls told its own story.",
     ""),
    # A restrictive clause in "who" on the object, where the sentence's subject could not be found.
    ("a restrictive 'who' on the object", "But if pro-Trump Congressmen are “invertebrates,” what does that make "
     "the Americans who voted for them?", "the Americans"),
    ("an indirect question in 'who' is no relative clause", "In so doing he would have intensified the demand for "
     "the documentation needed to determine who has told the truth.", ""),
    ("a thing before 'who' is no antecedent", "But it wasn’t just Page and Strzok, there were five other "
     "investigators on the Clinton case who expressed political views.", ""),
    ("an irregular past ends the subject", "Democrats and Republicans stood and applauded after the speech.",
     "Democrats and Republicans"),
    ("names and a group joined after a list's comma", "Mr. Nadler, Ms. Pelosi and other party elders believe "
     "the inquiry should wait.", "Mr. Nadler, Ms. Pelosi and other party elders"),
    ("a clause before a comma is no list head", "The road reopened, police and firefighters said.",
     "police and firefighters"),
    ("the subject of a passive question is told, not telling", "Was CFIUS told?", ""),
    ("the subject of a passive question, with its object", "Were the families informed of the deal?", ""),
    ("a trailing adverb is no part of the speaker", "The crowd falls back on the claim that vaccines cause "
     "autism, despite two dozen studies clearly showing that there is no link.", "studies"),
    ("an adverb on a participle inside the phrase", "An internationally known virologist with a military "
     "background explained the role.", "An internationally known virologist with a military background"),
    ("a raising verb before 'to' is no part of the subject", "While Democrats seem to have told voters they "
     "could fix errors, the votes could not count.", "Democrats"),
    ("'appear to' after a plural", "Prosecutors appear to be telling someone on the Hill.", "Prosecutors"),
    ("a perception passive after the speaker", "“It is fantasy,” his translator was overheard saying as the two "
     "leaders walked.", "his translator"),
    ("a reduced relative's agent at the sentence's end", "The rally generated none of the violence feared by "
     "some state leaders.", "some state leaders"),
    ("a verb that assigns blame is no part of the speaker", "Critics laid blame on the policy.", "Critics"),
    ("'pinned blame' after a quotation", "Critics of so-called “sanctuary cities” pinned blame on the policy.", ""),
    ("an opening 'Sometimes' is no part of the speaker", "Sometimes his remarks have been plainly untrue, as in "
     "his speech to the group.", "his remarks"),
    ("an opening 'Well' is no speaker", "Well, it took long enough, but thank you President Trump.", ""),
    ("a compound's first noun in -s before its plural head", "Some lawmakers and human rights groups oppose the "
     "nomination.", "Some lawmakers and human rights groups"),
    ("four words after the determiner", "One of the largest civil rights groups passed a resolution Tuesday "
     "calling for change.", "One of the largest civil rights groups"),
    ("a headline's subject right before its verb", "Hungarian Prime Minister Viktor Orban Calls For Global "
     "Anti-Migrant Alliance", "Hungarian Prime Minister Viktor Orban"),
    ("a headline's subject and 'Who'", "F.B.I. Agent Peter Strzok, Who Criticized Trump in Texts, Is Fired",
     "F.B.I. Agent Peter Strzok"),
    ("a headline's verb after 'Is' and an adverb", "The US Is Blatantly Telling Lies", "The US"),
    ("a headline's second clause after 'As'", "Black Death Patients Escape Hospital As Officials Worry Plague "
     "Could Spread", "Officials"),
    ("an adverbial of repetition after the speaker", "Even with that guidance in place, the justices have time "
     "and again declined to step aside.", "the justices"),
    ("paired modifiers after 'according to'", "The lawyers, according to current and former State Department "
     "officials, were working on a request.", "current and former State Department officials"),
    # More opening adverbials; a plural noun for people after a name heads the subject.
    ("an opening 'over' adverbial", "Over the past year, Cardinal Burke and other bishops have called upon Francis "
     "to clarify his intention.", "Cardinal Burke and other bishops"),
    ("a plural head after a name", "By contrast, Romney operatives in the spin room said Ryan won.",
     "Romney operatives"),
    ("a verb in -s after a name is no head", "Scott bristles at the suggestion, saying he is ready.", "Scott"),
    ("an agent ends before the clause's auxiliary", "The first to be informed of the measures taken by Pope "
     "Benedict was his successor, Cardinal Wuerl.", "Pope Benedict"),
    # A role held "to" a body keeps the body; a dated report is a report.
    ("a role to the UN after an opening clause", "Asked about the claim, Sweden's ambassador to the UN said the "
     "information was unclear.", "Sweden's ambassador to the UN"),
    ("an envoy to a country", "The US envoy to Ukraine said talks would resume.", "US envoy to Ukraine"),
    ("a dated report", "A Nov. 29 report said the plant was unsafe.", "Nov. 29 report"),
    # An adverb or a question's auxiliary before a common noun is no part of the speaker.
    ("an opening adverb in -ly", "Initially officials suspected the Americans had been targeted.", "officials"),
    ("a question's auxiliary", "Have the generals taking us into Syria told the president how they plan to leave?",
     "the generals"),
    ("a question's auxiliary before a name", "Would Senator Ruiz have warned the voters that the plan "
     "had failed?", "Senator Ruiz"),
    ("an auxiliary that begins a name stays", "Will Smith said he was sorry.", "Will Smith"),
    ("a name in -ly stays", "Kelly Ayotte said the bill was dead.", "Kelly Ayotte"),
    ("a focusing adverb before a number stays", "Nearly eight of 10 voters say they plan to tune in.",
     "Nearly eight of 10 voters"),
    # Times between the speaker and the verb, and opening adverbials, are no part of the speaker.
    ("a month after the speaker", "LaPierre in December said the only answer was armed guards.", "LaPierre"),
    ("'in the past' after the speaker", "Trump in the past has referred to the bans as illegal.", "Trump"),
    ("'so far' after the speaker", "The lame-duck Congress so far has approved a bill, claiming a win.",
     "The lame-duck Congress"),
    ("'May' after a first name is a name", "British Prime Minister Theresa May said the vote would go ahead.",
     "British Prime Minister Theresa May"),
    ("a long time ago opens the sentence", "Two and a half weeks ago, the mayor of the city in the north told "
     "reporters that the plan was dead.", "the mayor of the city in the north"),
    ("a relative clause inside an opening adverbial", "After the meeting with Mr. Obama, which lasted an hour, "
     "Mr. Sanders gave no sign of leaving, insisting that he would compete.", "Mr. Sanders"),
    # A possessor opens the subject; its head follows ("Today's", "Obama's" are no speakers).
    ("the head after a possessor", "Today's story unfortunately distorts his record by implying that he did "
     "not serve.", "Today's story"),
    ("a name after a possessed role", "In fact, Barack Obama's closest adviser Valerie Jarrett introduced Powell, "
     "praising his service.", "Barack Obama's closest adviser Valerie Jarrett"),
    ("a party and state before a fenced description", "Rep. Darrell Issa, R-Calif., former chairman of the "
     "oversight committee, said Clinton failed to follow the rules.", "Rep. Darrell Issa"),
    # A lower-case particle stays inside a name.
    ("a particle inside a name", "Mr. de Léon said Monday that Democrats had made a grave mistake.",
     "Mr. de Léon"),
    ("a particle after an opening adverbial", "On Monday, Lula da Silva said the war must end.", "Lula da Silva"),
    ("two particles", "Olympic champion Cameron van der Burgh said he had recovered.",
     "Olympic champion Cameron van der Burgh"),
    ("a noun in -ed after 'the' still speaks", "The accused says he is innocent.", "The accused"),
    # Adverbs that open the sentence are no part of the speaker, nor do they hide it.
    ("a possessed speaker after opening adverbs", "Now even their architects admit as much.", "their architects"),
    ("a speaker after an opening adverb", "Today the ministry says the plan failed.", "the ministry"),
    # A role noun after a capitalised word keeps it: the speaker is not just "minister".
    ("a role in two words after a demonym", "On Monday, the Hungarian prime minister called for a ceasefire.",
     "Hungarian prime minister"),
    ("a role after an office's name", "The Justice Department inspector general on Thursday criticised Comey.",
     "Justice Department inspector general"),
    # A negated report holds what is left unsaid: a report inside it is not the sentence's.
    ("a report inside a negated one", "The company did not disclose how many units it expects to ship.",
     "The company"),
    ("a belief inside a negated explanation", "Earnest would not say whether the White House believes the deal "
     "will hold.", "Earnest"),
    ("a speech tag after a comma still speaks", "Prices will not fall because the bank does not believe inflation "
     "has peaked, the minister said.", "the minister"),
    # An organisation's name holds "of", "for", "the" and "and" between its capitalised words.
    ("'of' inside a name, speaker last", "Prices will rise, the Bank of England said on Thursday.", "Bank of England"),
    ("advocates as a noun before a verb", "Privacy advocates warned against the bill.", "Privacy advocates"),
    ("a pronoun after 'say' points to the subject before it", "Members of the group and advocates say they believe "
     "they could face discrimination.", "Members of the group and advocates"),
    ("a noun cue before a verb of change leaves the speaker at the end", "Jobless claims rose by 20,000 last week, "
     "the Labor Department said.", "Labor Department"),
    ("'for the ... of' inside a name", "Kyiv's forces have made gains near Bakhmut, the Institute for the Study of "
     "War said in its daily assessment.", "Institute for the Study of War"),
    ("'and' inside a name", "The gains were small, the Center for Strategic and International Studies said.",
     "Center for Strategic and International Studies"),
    ("a hyphen and 'in' inside a name", "Talks will resume, the Organization for Security and Co-operation in "
     "Europe said.", "Organization for Security and Co-operation in Europe"),
    ("two names joined by 'and'", "Biden and Macron said the war must end.", "Biden and Macron"),
    # A refusal to act gives way to a verb that reports speech; alone it stands for the refuser's stance.
    ("a refusal to act yields to the speech tag", "Kiev has repeatedly refused to negotiate, the Russian Foreign "
     "Ministry said.", "Russian Foreign Ministry"),
    ("a refusal to act, alone", "The mayor refused to evacuate the town.", "The mayor"),
    ("a refusal to speak", "The ministry refused to comment, its spokesman said.", "The ministry"),
    ("an opening participle sets the scene", "Citing intelligence reports, the newspaper said Moscow was short of "
     "shells.", "the newspaper"),
    ("'assessed that' reports a judgement", "Analysts at the Institute for the Study of War assessed that the "
     "offensive had stalled.", "Analysts at the Institute for the Study of War"),
    ("a name set after the role and its office", '"The door remains open," noted the spokesman of the State '
     'Department, Ned Price.', "spokesman of the State Department, Ned Price"),
    ("a name set after the role", "The door remains open, said the State Department spokesman, Ned Price, on Monday.",
     "State Department spokesman, Ned Price"),
    ("'underlined that' as 'stressed'", "Mr. Sullivan underlined that there is no pressure on Kyiv.", "Mr. Sullivan"),
    ("the writer's reminder is no speaker", "It is recalled that in October the Ukrainian president signed a decree "
     "ruling out talks.", "the Ukrainian president"),
    ("a passive set off by commas, with its agent", "The deal, described as historic by both leaders, was signed "
     "on Friday.", "both leaders"),
    # A verb that takes the cue in -ing is no part of the subject.
    ("a verb before the cue in -ing, after a name", "Trump avoids condemning the invasion.", "Trump"),
    ("a verb before the cue in -ing, after a noun", "The senator kept criticizing the plan.", "The senator"),
    ("a speech tag inside the sentence is no list", "The talks, Russia and Ukraine said, would resume.",
     "Russia and Ukraine"),
    ("'think tank' is no verb", "The Institute for the Study of War, a Washington-based think tank, said Russia "
     "had lost ground.", "Institute for the Study of War"),
    ("a name after the verb", '"The front is stable," said the Institute for the Study of War.',
     "Institute for the Study of War"),
    ("a name after 'according to'", "The front is stable, according to the Institute for the Study of War.",
     "Institute for the Study of War"),
    ("'and' inside a name after 'according to'", "The fraud was massive, according to a complaint by the "
     "Securities and Exchange Commission.", "complaint by the Securities and Exchange Commission"),
    ("'for' after a person is whom they write for", '"It is small," wrote Cameron Easley for Morning Consult.',
     "Cameron Easley"),
    ("'in' after a person is where they are", "The front is stable, according to Peskov in Moscow.", "Peskov"),
    ("research done by a name", "In 2013, research conducted by Pew found that the site was biased.",
     "research conducted by Pew"),
    ("a poll released by a name", "A poll released by the Bank of England showed that confidence fell.",
     "A poll released by the Bank of England"),
    ("'no one' is a speaker", "No one expected a full hour of policy talk.", "No one"),
    ("'not everyone' is a speaker", "Not everyone finds the pitch compelling.", "Not everyone"),
    ("an anonymous phrase that ends in a pronoun", "Those close to him say that he would have to consider other "
     "candidates.", "Those close to him"),
    ("a rating verb with a percentage before 'as'", "The Ledger rated 32% of the mayor's claims as “false” or "
     "“pants on fire,” compared to 11% of his rival's.", "Ledger"),
    ("a share with its focusing adverb; a participle after 'of' is an adjective", "Only 52 percent of registered "
     "voters agreed that the mayor is fit to serve.", "Only 52 percent of registered voters"),
    ("'not only' is no part of the subject", "The study not only documented faster warming, but also drew links "
     "to the floods.", "The study"),
    ("by someone's own admission", "By Ruiz's own admission, the plan failed.", "Ruiz's own admission"),
    ("a work that features", "His program on Monday, for instance, featured a long talk about the leaked emails.",
     "His program"),
    ("the sentence's full stop is no part of the name", '"We will win," said Ana Ruiz.', "Ana Ruiz"),
    ("an abbreviation keeps its full stop", '"We will win," said Ana Ruiz Jr.', "Ana Ruiz Jr."),
    ("a party and state between commas is no name", "The bill is dead, Sen. Ana Ruiz, D-Calif., said on Monday.",
     "Sen. Ana Ruiz"),
    ("a quotation in two apostrophes before an inverted verb", "Using the levy ''is a misguided approach,'' said "
     "Mr. Baker (a view shared by everyone I asked).", "Mr. Baker"),
    ("a passage that begins inside a quotation", 'It does more harm than good for people in need," he wrote.', "he"),
    ("evidence that opens the sentence reports first", "Video of the crash shows the car with its lights off, but "
     "Lee said the driver refused to stop.", "Video of the crash"),
    ("'concludes with' is no report: the participle is", "The ad concludes with footage of Ruiz saying during the "
     'debate, "That makes me smart."', "Ruiz"),
    ("a capitalised headline's passive has its agent after BY", "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has "
     "been asked to testify.", "FELLOW DOCTORS"),
    ("an agent after 'to be ... by', a time after it", "The fate of the dam is likely to be decided by the "
     "Supreme Court next year.", "Supreme Court"),
    ("an absolute clause with 'with'", "The vote failed, with Norway backing the plan as Chile and Peru oppose it.",
     "Norway"),
    ("an absolute clause with a fenced aside", "Taxes became the main issue, with Ana Ruiz — who has called for "
     "higher rates — lambasting the plan.", "Ana Ruiz"),
    ("an absolute clause after evidence", "Polls give Ruiz a small lead, with the Ledger showing her ahead by three "
     "points.", "the Ledger"),
    ("a subordinator is no part of the subject", "While members of the Group of Seven met in June, backing a plan "
     "for peace, some countries saw a risk.", "members of the Group of Seven"),
    ("an opening adverb is no subject", "Later, members of the Group of Seven met, backing a plan.",
     "members of the Group of Seven"),
    ("backs", "The union backs Ruiz.", "The union"),
    ("the agent of a reduced relative", "One of the plans backed by Western nations involves a new draft age.",
     "Western nations"),
    ("the agent of a reduced relative, its article left", "The plan backed by the European Union failed.",
     "European Union"),
    ("a time after 'by' is no agent", "The mayor said by Friday the plan would be ready.", "The mayor"),
    ("'it' points to an institution in its sentence", "About forty people marched outside the Daily Ledger after "
     "it backed the mayor.", "Daily Ledger"),
    ("citing a reason: the subject gives it", "In 1990, the High Court blocked the sale of the mill, citing a risk "
     "to public safety.", "the High Court"),
    ("citing a source", "On Monday, the Ledger, citing two council members, reported the vote.", "two council members"),
    ("members named after the speaker", "One after another, the banks, including Northbank, announced new fees.",
     "the banks, including Northbank"),
    ("members named before an auxiliary", "Most Western states, including Norway, have backed the plan.",
     "Most Western states, including Norway"),
    ("'they' points to names joined by 'and'", "Lee and Ruiz continue to ignore the people they refuse to name.",
     "Lee and Ruiz"),
    ("'he' with no earlier speaker: a name earlier in its sentence", "What became clear is that Ruiz has little "
     "interest in details, and once he has said his piece, he moves on.", "Ruiz"),
    ("a list that opens the sentence", "The family, neighbours and local pastors have been demanding that the tapes "
     "be released.", "The family, neighbours and local pastors"),
    ("an opening adverb is no list item", "However, Lee and Ruiz said no.", "Lee and Ruiz"),
    ("'it' passes over a person to the nearest institution", "Although the IMF did not single out Ruiz's plans, it "
     "referenced political tensions in rich economies.", "IMF"),
    ("'he' with no earlier speaker: the name that opens the sentence", "Ruiz went on the radio to accuse Lee’s office "
     "of bias over what he called Lee’s secret file.", "Ruiz"),
    ("an adverb after the speaker is no part of it", "World leaders and diplomats almost unanimously condemned the "
     "test.", "World leaders and diplomats"),
    ("an expletive and an article are no speaker", "It’s a steep rise, much of it driven by the harsh laws proposed "
     "during Mayor Ruiz’s first term.", ""),
    ("a common-noun agent of a reduced relative", "Under the plan proposed by the council, fares would rise.",
     "council"),
    ("a slogan in quotation marks does not cut the clause", "Lee exhorted delegates to “vote your conscience” and "
     "said he was standing on principle.", "Lee"),
    ("a quoted title after 'titled' is an aside, not speech", "The new ad, titled “Arrogant,” says Lee paid no "
     "tax.", "The new ad"),
    ("a quoted title is no close of speech before a verb that takes an object", "The new ad, titled “Arrogant,” "
     "features a Times report that Lee paid no tax.", "The new ad"),
    ("a term in quotation marks does not cut the clause", "Ruiz has used the phrase “tax grab” often in her campaign, "
     "and criticized Lee for not doing so.", "Ruiz"),
    ("an article before a title after the verb", "“The town will not go back to how it was,” said the Rev. Ana Ruiz, "
     "of Hill Street Chapel.", "Rev. Ana Ruiz"),
    # A number before the role or the name after the verb is part of the phrase: an age, a year, a date.
    ("an age before the role after the verb", "The clinic will close, said 27-year-old nurse Ana Ruiz.",
     "27-year-old nurse Ana Ruiz"),
    ("an age before the name after the verb", "“We were not warned,” said 80-year-old Ana Ruiz.",
     "80-year-old Ana Ruiz"),
    ("a year before the role after the verb", "The plan is sound, said 2020 candidate Ana Ruiz.",
     "2020 candidate Ana Ruiz"),
    ("a date written with a slash before the role", "“They are wrong,” said 9/11 widow Ana Ruiz.",
     "9/11 widow Ana Ruiz"),
    ("an age inside a role with no name", "The clinic will close, a 27-year-old nurse said.", "a 27-year-old nurse"),
    ("a hyphenated modifier inside a role with no name", "Prices will rise, a two-time champion said.",
     "a two-time champion"),
    ("'added to' whom the words were added to", "“We will win,” Ana Ruiz added to reporters.", "Ana Ruiz"),
    ("'added to' as the tag of a quotation", "“We will appeal,” Ana Ruiz added to her statement.", "Ana Ruiz"),
    ("a verb in -s before 'to' after a common noun", "The agency needs to explain why it waited.", "The agency"),
    ("'Today' after a name is part of it", "The coach was fired, USA Today first reported.", "USA Today"),
    ("an institution's report in a relative clause", "The damage was clear in a report from the Labor Department, "
     "which showed 3 million new claims.", "Labor Department"),
    ("the second verb of a relative clause on an object", "The report was met with scorn from the union, which "
     "backs gun control and opposes arming teachers.", "the union"),
    ("the second verb of a relative clause on the subject", "The senator, who chairs the panel and has long "
     "criticised the deal, spoke.", "The senator"),
    ("a day after a name is a time", "Ana Ruiz Monday said the talks were over.", "Ana Ruiz"),
    ("conformity gives way to the speech tag", "Things did not go according to schedule, officials said.",
     "officials"),
    ("a capitalised title after 'according to' is a source", "According to Law Professor Ana Ruiz, it is legal.",
     "Law Professor Ana Ruiz"),
    ("a compound after 'according to' is a source", "According to law enforcement, the man fled.",
     "law enforcement"),
    ("a plural noun before 'to' stays in the subject", "The latest attempts to explain the delay failed.",
     "The latest attempts"),
    # A determiner and common nouns after the verb are its speaker when the verb follows a clause and
    # its comma, or a quotation; after an appositive they are its object.
    ("a role with no name set after a clause", "The vote was close, said a local farmer.", "a local farmer"),
    ("a role set after a clause, then a place", "Prices rose sharply, said a trader in London.", "a trader"),
    ("a role set after a clause, then a workplace", "The water is unsafe, said a nurse at the clinic.", "a nurse"),
    ("a role set after a quotation, then the venue", "“We lost,” said the coach in a statement.", "the coach"),
    ("a role set after a quotation, then a relative clause", "“It is unsafe,” said a nurse who works there.",
     "a nurse"),
    ("a role and its office in lower case", "The water is unsafe, warned the head of the clinic.",
     "head of the clinic"),
    ("a time after the role is no office", "“It is unsafe,” said the spokesman for the first time.", "spokesman"),
    ("an appositive before the verb: what follows is its object", "Ruiz, the mayor, said the words in private.",
     "Ruiz"),
    ("a verb that does not invert after a clause takes an object", "The senator returned, criticised the deal.",
     "The senator"),
    ("a passive participle after 'when' with its agent", "When pressed by Lee about how she would pay for it, her "
     "answer was to promise growth.", "Lee"),
    ("a second opening adverb before the subject", "On Monday, however, Ruiz spoke to a meeting of farmers, promising "
     "to cut fuel taxes.", "Ruiz"),
    ("an adverb after a fenced description", "At a forum this weekend, Ana Ruiz, the head of the Urban Fund, firmly "
     "told a student who doubted the vote that it mattered.", "Ana Ruiz"),
    ("evidence that opens the clause of ', suggesting'", "In the United States, polls show weak support for "
     "funding the program at current levels, suggesting the White House could face pushback.", "polls"),
    ("'they' points to the sentence's subject", "Ruiz's campaign is trying to contrast her plan with what they call "
     "the mayor's reckless budget.", "Ruiz's campaign"),
    ("a noun in -ly is no adverb", "The mill reopened on Monday, attorneys for the family said.",
     "attorneys for the family"),
    ("a noun in -ly ends a possessed subject", "Ruiz's family has called on the council to publish the report.",
     "Ruiz's family"),
    ("a bare plural hangs its phrase after a comma", "The plant closed, workers at the site said.",
     "workers at the site"),
    ("a year after 'in' is no speaker", "Trade held up, though an arbitration panel in 2004 found the rules broken.",
     "an arbitration panel"),
    ("a year after 'in' is no part of the speaker", "A group of nurses in March 2019 sent a letter to the board, "
     "calling for a new ward.", "A group of nurses"),
    ("an opening comparative is no subject", "Worse, the firms have hidden their losses, in some years reporting "
     "different figures to each agency.", "the firms"),
    ("a possessed subject before ', who'", "The mayor's aides, who asked the police for the footage, watched it on "
     "Friday.", "The mayor's aides"),
    ("one opening clause after another before a second verb", "Once in Lima, when the talks stalled, Ruiz laughed "
     "and said the deal would hold.", "Ruiz"),
    ("a focusing adverb before the speaker is left out", "Even Lima, the region's only port, said it was "
     "opposed to the plan.", "Lima"),
    ("a sentence adverb before the speaker is left out", "Perhaps the moderators will demand more details.",
     "the moderators"),
    ("the name after an opening preposition", "Despite Ruiz's insistence that she has tried, only one of her "
     "films was directed by a woman.", "Ruiz"),
    ("a share after 'about' keeps its adverb", "About 40 percent of voters said the plan was fair.",
     "About 40 percent of voters"),
    ("a participle after the head opens a clause on it", "A poll released Tuesday finds 75 percent of voters "
     "want the plan.", "A poll"),
    ("a source after 'according to' without its participle", "According to a 2012 court filing lodged in Lima, "
     "Ruiz lived with her mother.", "2012 court filing"),
    ("an auxiliary is no part of the speaker", "The city's own data is showing that the river is rising.",
     "The city's own data"),
    ("a name that is also a modal keeps it", "Prime Minister Theresa May said the talks would resume.",
     "Prime Minister Theresa May"),
    ("a restrictive 'who' on a plural after a preposition", "Voters are tired of politicians who tell us that "
     "taxes will fall.", "politicians"),
    ("a restrictive 'who' on a plural with its modifier", "Researchers see a growing threat from white supremacists "
     "who call themselves accelerationists.", "white supremacists"),
    ("a restrictive 'who' on a plural with a capitalised modifier", "The government must also bring in brave Muslim "
     "individuals who genuinely reject extremism.", "brave Muslim individuals"),
    ("a restrictive 'who' on a plural after 'there are'", "There are some experts who disagree.", "some experts"),
    ("'which' after an institution's head begins after the preposition", "The figures come from the ministry, "
     "which said prices rose.", "the ministry"),
    ("a short regular past ends the subject", "President Donald Trump used Twitter to attack the companies on "
     "Saturday, claiming they were biased.", "President Donald Trump"),
    ("a past verb with its object ends the agent after 'by'", "To recapture oil fields, forces backed by Assad "
     "crossed the Euphrates.", "Assad"),
    ("'say' as 'for instance' is no part of the speaker", "Say Mexico demanded that the United States prove it.",
     "Mexico"),
    ("a verb that inverts may open its sentence", "Said the senator: “We will win.”", "senator"),
    ("'which' after a name that holds 'on'", "The Council on Foreign Relations, which said the talks had stalled, "
     "was cautious.", "Council on Foreign Relations"),
    ("'which' after a name that holds 'to'", "The letter came from the Committee to Protect Journalists, which said "
     "reporters were jailed.", "Committee to Protect Journalists"),
    ("'who' after a plural after 'from'", "The decision won praise from environmental groups, who said it was "
     "overdue.", "environmental groups"),
    ("reactions received name critics with a capitalised modifier", "The remarks have prompted condemnation from "
     "Jewish groups.", "Jewish groups"),
    ("a verb that opens its sentence in the past inverts", "Declared the senator: “We will not back down.”", "senator"),
    ("a reaction verb across a comma makes no noun", "Trump, facing impeachment, calls the inquiry a hoax.", "Trump"),
    ("a past report verb after 'won' is a verb", "Students who won said the prize would pay for college.",
     "Students"),
    ("a plural noun in -s is no reaction verb", "The party's new faces say it must change.", "The party's new faces"),
    ("a report verb in the past after 'helps' and a verb", "The foundation he helps lead told Reuters it would "
     "appeal.", "The foundation he helps lead"),
    ("'found at least' is a finding", "The investigation found at least three officers had lied.",
     "The investigation"),
    ("'who' after a letter from its writers", "The vote was delayed after a letter from the senators, who said it "
     "was unfair.", "the senators"),
    ("'which' after a counteroffer from its maker", "Talks stalled after a counteroffer from the union, which said "
     "wages were too low.", "the union"),
    ("'who' after a one-word plural after 'from'", "The bill drew criticism from conservatives, who said it was "
     "rushed.", "conservatives"),
    ("a restrictive 'who' after an infinitive", "It is hard to find experts who disagree.", "experts"),
    ("a reaction verb and its object before a verb in -s", "The Democrat who won the seat calls the result a "
     "mandate.", "The Democrat"),
    ("a base form of a reaction verb before a plural's verb", "The candidates who win say they will cut taxes.",
     "The candidates"),
    ("a base form that opens its sentence inverts before a colon", 'Say the authors: "The data are clear."',
     "authors"),
    ("a record that finds is no thing found", "The report found in the United States the rate was higher.",
     "The report"),
    ("a verb in -s after a reaction verb is no noun", "The man who won says he is thrilled.", "The man"),
    ("a noun form in -s after a reaction verb is a verb before its object", "The team that won claims the title was "
     "deserved.", "The team"),
    ("a base form after a reaction verb and its object is a verb", "Families who received checks praise the "
     "program.", "Families"),
    ("'can help' inside a relative clause on the subject", "Organizations that can help victims say funding has "
     "dried up.", "Organizations"),
    ("'to help' inside a relative clause on the subject", "Volunteers who came to help residents say the water is "
     "rising.", "Volunteers"),
    ("an institution finds", "The committee found in its review the agency had failed to act.", "The committee"),
    ("a restrictive 'who' on two plurals joined by 'and'", "Democrats and independents who say they are undecided "
     "could swing the race.", "Democrats and independents"),
    ("'which' after a common noun starts at its determiner", "Congress slashed the budget of the department, which "
     "showed its priorities.", "the department"),
    ("'which' after a common noun with a capitalised modifier", "The attempt has also included members of the Saudi "
     "government, which has strongly denied any role.", "Saudi government"),
    ("a report noun that is no reaction stays a verb after 'won'", "The man who won claims that the vote was "
     "rigged.", "The man"),
    ("a report noun that is no reaction stays a verb after an object", "Workers who face layoffs fear that the plant "
     "will close.", "Workers"),
    ("'who' after a role at a place is the role's", "The bill was backed by Tom Reed, a professor at the university, "
     "who said it was needed.", "Tom Reed"),
    ("'to help' after a participle on the subject", "Lawyers hired to help the families say the settlement is too "
     "small.", "Lawyers"),
    ("a place and a new noun phrase after 'found'", "The team found in its analysis levels were higher than "
     "expected.", "The team"),
    ("a restrictive 'who' on the object of a noun of people", "Experts on prisons who say the system is broken "
     "testified.", "Experts on prisons"),
    ("a verb of saying inverts before a comma", "Say experts, the market is overheated.", "experts"),
    ("an adjective in -ed after a possessive name", "“The company is healthy,” said Boeing's beleaguered CEO.",
     "Boeing's beleaguered CEO"),
    ("'calls for' after 'who won' is the main verb", "The candidate who won calls for unity after a bitter race.",
     "The candidate"),
    ("'calls on' after 'who won' and its object is the main verb", "The athlete who won gold calls on fans to "
     "donate.", "The athlete"),
    ("critics after 'from' end before what they demand", "The shooting prompted calls from lawmakers to ban assault "
     "weapons.", "lawmakers"),
    ("a name with 'on' after 'from'", "The law drew praise from the Council on Foreign Relations.",
     "the Council on Foreign Relations"),
    ("a name after 'from' ends before a time", "The plan drew criticism from Trump during a rally with supporters.",
     "Trump"),
    ("a day after 'found' is no place", "The coroner found on Friday she had died of natural causes.", "The coroner"),
    ("a reaction after a determiner", "Capt. Ron Johnson, who has earned some praise since he took over, spoke.",
     ""),
    ("'to help' after a participle, with a possessive before it", "Doctors at the city's hospitals racing to help "
     "patients say they are overwhelmed.", "Doctors"),
    ("'who' after a participle and its object is the noun's", "The award went to a nurse working with refugees, who "
     "said she was humbled.", "a nurse"),
    ("a demand to strike", "The decision to cut funding prompted calls from teachers to strike.", "teachers"),
    ("a former office before the name after 'from'", "The proposal drew praise from former President Barack Obama.",
     "former President Barack Obama"),
    ("'calls on' after 'that won' and its object is the main verb", "The party that won the vote calls on its "
     "rivals to concede.", "The party"),
    ("'calls for' after 'which won' and its object is the main verb", "The coalition which won power calls for "
     "electoral reform.", "The coalition"),
    ("'which' after an idiom is no institution's", "Sales fell sharply across the board, which showed that demand "
     "was weakening.", "Sales"),
    ("a day after a name after 'from' is no part of it", "The nominee faced tough questions from Senator Cory Booker "
     "on Tuesday.", "Senator Cory Booker"),
    ("a count of times is no plural of critics", "The plan drew criticism from China several times.", "China"),
    ("'help' after 'where' is in a clause on the subject", "Countries where the government helps farmers say yields "
     "are up.", "Countries"),
    ("'which' after a record noun, with a cue of two words", "The results come from a new study, which found that "
     "the drug works.", "a new study"),
    ("'which' after a name, with no comma", "The statement came from the Chicago Police Department which reported "
     "that two officers were hurt.", "Chicago Police Department"),
    ("'which' after a name that holds 'for'", "The report came from the Institute for the Study of War, which said "
     "Russia had lost ground.", "Institute for the Study of War"),
    ("a point of view that opens the sentence", "In Lavrov's view, the West is to blame.", "Lavrov"),
    ("a point of view with 'of'", "In the words of one diplomat, the talks are dead.", "one diplomat"),
    ("a point of view set off by commas", "The war, in the view of many analysts, will last for years.",
     "many analysts"),
    ("a name with an apostrophe owns its view", "In O'Brien's opinion, the plan fails.", "O'Brien"),
]

# (id, text, attribution, speaker): the head of the source's phrase, before what modifies it,
# decides named or anonymous; the speaker is the whole phrase, not a word inside its modifiers.
SOURCE_PHRASE = [
    ("names before an unnamed group in a list", "Ana Ruiz, Tom Lee and other officials said the plan failed.",
     "named", "Ana Ruiz, Tom Lee and other officials"),
    ("officials interviewed by a paper are anonymous", "Officials interviewed by The Times said the practice was "
     "a breach.", "anonymous", "Officials"),
    ("a poll published by a paper keeps its publisher", "According to a poll published by the Wall Street Journal, "
     "48 percent of Republicans agreed.", "named", "poll published by the Wall Street Journal"),
    ("an anonymous head before 'close to'", "A source close to the team said the deal was signed.",
     "anonymous", "A source close to the team"),
    ("an anonymous head before a preposition", "A senior aide in the ruling party said the vote would be held.",
     "anonymous", "A senior aide in the ruling party"),
    ("an anonymous head before a relative clause", "Officials who spoke to the Herald said the plan was dropped.",
     "anonymous", "Officials"),
    ("one of a group takes the group's head", "One of the officials said the plan was dropped.",
     "anonymous", "One of the officials"),
    ("a spokesman stands for the office he speaks for", "A spokesman for the mayor said the road will reopen.",
     "named", "A spokesman for the mayor"),
    ("a name hung on a name of two parts", "Lena Ortiz of the Bank of Portugal said rates would hold.",
     "named", "Lena Ortiz of the Bank of Portugal"),
    ("speakers joined by 'and' after the content", "The bridge reopened on Monday, police and engineers said.",
     "named", "police and engineers"),
    ("a subject after ', and'", "Crews worked all night, and the water board said supply was back.",
     "named", "the water board"),
    ("a subject after a subordinator", "The strike began after the union said the talks had failed.",
     "named", "the union"),
    ("an opening time with no comma", "Last night Ruiz refused to resign.", "named", "Ruiz"),
    ("an opening day with no comma", "On Monday the minister said the plan was dead.", "named", "the minister"),
    ("a modifier that heads the phrase is an institution", "The Ukrainian military said it repelled 40 attacks.",
     "named", "Ukrainian military"),
    ("the administration is an institution", "The administration said the plan would pass.",
     "named", "The administration"),
    ("the same word as a modifier leaves the head anonymous", "Military officials said the plan failed.",
     "anonymous", "Military officials"),
    ("the WHO in capitals is the organisation, not the pronoun", "The WHO said the risk was low.",
     "named", "WHO"),
    ("the WHO before a generic head", "WHO officials said the risk was low.", "anonymous", "WHO officials"),
    ("the WHO before a name", "WHO chief Tedros Ghebreyesus said the pandemic was not over.", "named",
     "WHO chief Tedros Ghebreyesus"),
    ("an irregular participle after a passive auxiliary", "The allegations have not been proven in court.",
     "anonymous", ""),
    ("a verb in capitals with a speaker before it still reports", "Officials WARNED: the dam may fail.",
     "anonymous", "Officials"),
    ("an impersonal passive 'felt that' reports", "It was felt that the plan was flawed.", "anonymous", ""),
    ("a passive with an adverb after the comma", "The referendums, widely condemned as a sham, were held at "
     "gunpoint.", "anonymous", ""),
    ("past an opening adverbial clause to a pronoun", "When it was his turn, he said the plan had failed.",
     "named", "he"),
    ("past an opening phrase and an adverb to a pronoun", "In the process, however, he misidentified Hasan and "
     "said the shooting happened at Fort Knox.", "named", "he"),
    ("past an opening clause to a name", "When he was running, Donald Trump seemed to understand this.", "named",
     "Donald Trump"),
    ("the one asked answers", "Asked for quick thoughts about each candidate, Mr. Trump played along.", "named",
     "Mr. Trump"),
    ("the one asked answers, past a name's appositive", "Asked whether the economy would suffer, Rob Shapiro, a "
     "former official, offered a sober analysis.", "named", "Rob Shapiro"),
    ("a discovery leaves the speech tag", "Police found two bodies in the house, officials said.", "anonymous",
     "officials"),
    ("a finding with a thing inside its clause", "Inspectors found the car maker had cheated.", "named",
     "Inspectors"),
    ("a relative clause in 'who' on a name", "That was too much for O'Malley, who said the plan had failed.",
     "named", "O'Malley"),
    ("a relative clause in 'who' on a noun, with an adverb", "Talks were led by the foreign minister, who later "
     "said progress was slow.", "named", "the foreign minister"),
    ("an appositive name with its affiliation", "Her lawyer, John Doe of Smith LLP, said she would appeal.",
     "named", "John Doe of Smith LLP"),
    ("an appositive name with a title and a place", "The study's lead author, Dr. Sarah Chen of Harvard, said the "
     "results were striking.", "named", "Dr. Sarah Chen of Harvard"),
    ("a description after a name leaves the name", "Feinstein, Democrat of California, said the bill was dead.",
     "named", "Feinstein"),
    ("the EU is a union of states, no group of people", "The EU has said it will respond.", "named", "EU"),
    ("a participle after a count is no report; the speech tag is", "Three suspected militants were killed, the "
     "army said.", "named", "the army"),
    ("a count with a determiner is the subject", "The three claimed the attack was planned.", "anonymous",
     "The three"),
    # "states that" is the verb; "states" alone is mostly the noun
    ("a document states that", "The statement states that Russia has undermined dialogue efforts.", "named",
     "The statement"),
    ("rules state that", "The rules state that each member must vote in person.", "named", "The rules"),
    ("the country warned", "ISIS warned the United States that it would attack.", "named", "ISIS"),
    # "quoted X as saying": X speaks, the outlet carries the words
    ("the one quoted speaks", "The agency quoted Lavrov as saying that Moscow was ready to talk.", "named",
     "Lavrov"),
    ("the one quoted is unnamed", "The newspaper quoted an unnamed official as saying the deal was off.",
     "anonymous", "unnamed official"),
    ("an agency quoting a minister after the quotation", '"The deal is dead," Reuters quoted Foreign Minister '
     'Ana Ruiz as saying.', "named", "Foreign Minister Ana Ruiz"),
    ("the one quoted in the passive, with the agency", "Lavrov was quoted by Interfax as saying that talks were "
     "possible.", "named", "Lavrov"),
    ("the one quoted in a passive clause after the main one", "Lee's remarks came a day after Justice Ann Ruiz was "
     "quoted as saying she was afraid.", "named", "Justice Ann Ruiz"),
    # a source granted anonymity in the AP's other words
    ("a name not to be used", '"It\'s a disaster," said one farmer, who asked that his name not be used.',
     "anonymous", "one farmer"),
    ("on the condition that she not be named", "A teacher, who spoke on the condition that she not be named, "
     "said the school would close.", "anonymous", "A teacher"),
]

# (id, text): sentences whose only speaker-like word opens a clause; the speaker is left empty
NO_SPEAKER_WORD = [
    ("'No,' opens a reply", "No, in his speech to the council, Ruiz didn't announce a new plan."),
    ("'Nor' opens a clause", "Nor can the council, in calling for a review, explain what it means by it."),
    ("'Among' opens an adverbial", "Among likely voters, 46 percent would choose Ruiz and 5 percent prefer Lee."),
    ("'Thus' before an inverted verb", "Thus, explained the cardinal, the rites must be kept as they were."),
]


@pytest.mark.parametrize("text, attribution, speaker", [c[1:] for c in CAUGHT], ids=[c[0] for c in CAUGHT])
def test_rule_catches(text, attribution, speaker):
    sentence = annotate(text).sentences[0]
    assert sentence.attribution == attribution
    if speaker:
        assert speaker in sentence.speaker


@pytest.mark.parametrize("text, attribution", [c[1:] for c in LEFT_ALONE], ids=[c[0] for c in LEFT_ALONE])
def test_rule_leaves_alone(text, attribution):
    sentence = annotate(text).sentences[0]
    assert sentence.attribution == attribution
    assert not sentence.verb.endswith(("worried", "certain", "critical", "sure", "allegedly"))


@pytest.mark.parametrize("text, wrong", [c[1:] for c in WRONG_SPEAKER], ids=[c[0] for c in WRONG_SPEAKER])
def test_speaker_is_not(text, wrong):
    sentence = annotate(text).sentences[0]
    assert sentence.attribution != "none"
    assert wrong not in sentence.speaker


@pytest.mark.parametrize("text, speaker", [c[1:] for c in SPEAKER_EXACT], ids=[c[0] for c in SPEAKER_EXACT])
def test_speaker_is_exactly(text, speaker):
    assert annotate(text).sentences[0].speaker == speaker


@pytest.mark.parametrize("text, verb", [
    ("Ms. Mallory, who declined to comment for this article, did not respond to calls.", "did not respond"),
    ("America Rising, a committee that has vowed to use videos, posted the footage on YouTube.", "posted"),
    ("Tom Lee, a writer who likes to tell stories, said the plan failed.", "said"),
    ("Putin, who has courted the Church and sought to distance Russia from the West, has proposed a new constitution.",
     "proposed"),
    ("Omar Smith, who is a staffer for Gillum and claims to have known him, said that the plan works.", "said"),
], ids=["a relative clause's own verb", "a verb after 'that has'", "an infinitive in the aside",
        "a report verb inside a relative clause between commas", "a doubtful verb inside it"])
def test_the_verb_of_an_aside_is_not_the_main_verb(text, verb):
    # the name before an aside speaks through the main clause's verb, not through the aside's
    assert annotate(text).sentences[0].verb == verb


def test_a_feeling_is_the_verb_not_the_rebuke_it_is_about():
    # seed 001: the officials' reporting verb was "rebuke", a noun, and counted as a non-neutral verb
    text = ("While Western officials also have deep skepticism about Russia’s goals, they are angered by Ukraine’s "
            "harsh public rebuke because Kiev remains entirely dependent on Western aid.")
    sentence = annotate(text).sentences[0]
    assert (sentence.speaker, sentence.verb) == ("Western officials", "are angered")


@pytest.mark.parametrize("text, attribution, speaker", [c[1:] for c in SOURCE_PHRASE], ids=[c[0] for c in SOURCE_PHRASE])
def test_the_source_phrase_is_read_from_its_head(text, attribution, speaker):
    sentence = annotate(text).sentences[0]
    assert (sentence.attribution, sentence.speaker) == (attribution, speaker)


@pytest.mark.parametrize("text", [c[1] for c in NO_SPEAKER_WORD], ids=[c[0] for c in NO_SPEAKER_WORD])
def test_a_word_that_opens_a_clause_is_never_the_speaker(text):
    first_word = text.split()[0].rstrip(",")
    assert first_word not in annotate(text).sentences[0].speaker.split()


def test_she_passes_over_a_group_named_after_its_members():
    text = "Mayor Ana Ruiz said the talks went well. Later, members of the Group of Seven met, backing a plan. “We will win,” she said."
    assert annotate(text).sentences[2].speaker == "Mayor Ana Ruiz"


def test_a_quoted_proverb_is_nobodys():
    text = 'Ruiz was backed by the unions.\nAs the old saying goes, "If you lie down with dogs, you get fleas."'
    proverb = annotate(text).sentences[1]
    assert (proverb.attribution, proverb.speaker) == ("none", "")


def test_a_comma_alone_between_quotation_and_verb_does_not_crash():
    sentence = annotate("«0»,SAID").sentences[0]
    assert sentence.verb == "SAID"


def test_a_clause_before_the_preposition_is_no_head():
    sentence = annotate("The ad uses footage of Jane Doe asking why she is not ahead.").sentences[0]
    assert sentence.speaker == "Jane Doe"


TRANSCRIPT = (
    "Partial transcript:\n\n"
    "SMITH: Let me ask about the plan. Is it dead?\n\n"
    "JONES: Well, look, my rival thinks it is. But it is not. We will pass it.\n\n"
    "The interview ended there."
)


def test_a_transcript_turn_holds_the_floor_to_its_paragraph_end():
    sentences = annotate(TRANSCRIPT).sentences
    speakers = [(s.attribution, s.speaker) for s in sentences]
    assert speakers[1:3] == [("named", "SMITH")] * 2
    # the turn's label wins over a reporting verb inside the turn ("my rival thinks")
    assert speakers[3:6] == [("named", "JONES")] * 3
    assert speakers[0][0] == speakers[6][0] == "none"


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this story misstated the date.",
    "UPDATE: The road has reopened.",
    "Watch: The storm reaches the coast.",
    "USA: Only the president can decide on talks",  # a country heads a kicker
    "Kenya: Floods displace thousands in the west",
    "REMNANT COMMENT: We here at the paper welcome the ruling.",  # the outlet's own label
    "LIVE UPDATE: The road has reopened.",
    "Defend Yourself: A Guide to the Law.",  # a heading holds words no name does
    "What Happened: The talks collapsed.",
    "Our View: The ruling is right.",
    "THE BOTTOM LINE: Talks are stalled.",  # "THE" and no role: a heading in capitals
])
def test_an_editorial_label_is_no_speaker_turn(text):
    assert annotate(text).sentences[0].attribution == "none"


@pytest.mark.parametrize("text, speaker", [
    ("Berlin: We will send tanks to Ukraine", "Berlin"),
    ("Kyiv: “Our answer is no”", "Kyiv"),
    ("Moscow: I see no reason for talks", "Moscow"),
], ids=["we", "our, in quotation marks", "I"])
def test_a_state_before_a_colon_speaks_in_the_first_person(text, speaker):
    sentence = annotate(text).sentences[0]
    assert (sentence.attribution, sentence.speaker) == ("named", speaker)


@pytest.mark.parametrize("text", [
    "Russia: Weapons deliveries prolong the war",  # "We" inside a word is no pronoun
    "Ukraine: Iran is sending drones to Russia",
])
def test_a_state_before_a_colon_without_the_first_person_heads_a_kicker(text):
    assert annotate(text).sentences[0].attribution == "none"


PRONOUNS = [
    ("she after a reaction from a group is the one who received it", "Mayor Karen Bass faced calls from residents to "
     "resign after the fires. She said she would stay and rebuild.", "Mayor Karen Bass"),
    ("she after a reaction from a person is that person", "Secretary of State Adam Burke drew criticism from Rep. "
     "Susan Lowe after he canceled a trip. She said the cancellation sent the wrong signal.", "Rep. Susan Lowe"),
    ("it after praise from a plural is the company praised", "Microsoft earned praise from security researchers for "
     "the fix. It said in a blog post that it had patched the flaw.", "Microsoft"),
    ("they after criticism from a plural is the critics", "The government drew criticism from trade unions over the "
     "reform. They said the reform would hurt manual workers.", "trade unions"),
    ("it after a reaction received is the organisation that received it", "The bank attracted scrutiny from "
     "regulators after a string of failures. It said it had fixed the problems.", "The bank"),
    ("he after criticism of a thing is the critic", "The plan drew criticism from Senator Tom Lee. He said it was too "
     "costly.", "Senator Tom Lee"),
    ("she passes over a name that modifies a noun after 'an'", "In a bizarre twist, pop star Lana Del Rey is being "
     "smeared as “racist” over an Instagram post in which she slammed the critics.", "Lana Del Rey"),
    ("he passes over 'no one'", "Ana Ruiz said the talks failed. No one expected a deal. He said the talks would "
     "resume.", "Ana Ruiz"),
    ("a quoted term inside the clause does not hide the person who opens it",
     "Lee said the talks failed. Ana Ruiz went on television to mock Lee’s campaign for being “fooled” by “a scam” "
     "and to point voters to what he called a “secret deal.”", "Ana Ruiz"),
    ("he points to the person the sentence is told for", "Lee said the talks failed. For Ruiz, the debate was a "
     "chance to return to what he sees as the real issue.", "Ruiz"),
    ("'But for' a person names the sentence's point of view", "Lee said the talks failed. But for Ruiz, Oz's show "
     "was a safe space to say whatever he wanted.", "Ruiz"),
    ("an opening adverb is no antecedent of he", "Equally important, he notes, is that incumbents cannot distance "
     "themselves.", "he"),
    ("a sentence adverb opening the sentence is no antecedent of he", "Perhaps the pushback will raise the cost, but "
     "he can still create the chaos he seeks.", "he"),
    ("an opening participle clause is no antecedent of he", "Asked by Ledger News about his plan and what he would "
     "say to students, the senator smiled.", "he"),
    ("an adverb before the subject is no part of the antecedent", "The case was simple: Supposedly Americans "
     "strongly prefer Biden over Trump and Republicans, and they are upset with the reopening.", "Americans"),
    ("an opening participle is no part of the antecedent", "Dogging Bloomberg’s campaign are allegations that he "
     "made inappropriate comments.", "Bloomberg"),
    ("he points back to a person, not to a study",
     "Mayor Ana Ruiz said rents are high. A new study shows rents rose. He said the study was flawed.", "Ana Ruiz"),
    ("a possessive pronoun points back like its subject form",
     "Senator Tom Hale said the budget balances. Economists say it does not. His claim that it balances drew scorn.", "Tom Hale"),
    ("a surname ending in -s is a person",
     "Senator Bernie Sanders said the plan is weak. The Democrats said it is strong. He said the plan would fail.", "Bernie Sanders"),
    ("a country is no he",
     "Ana Ruiz said the deal was close. Russia said it would not sign. “We are ready,” he said.", "Ana Ruiz"),
    ("a title naming an institution still titles a person",
     "Tom Hale said aid would go on. White House Press Secretary Jo Lin said the same. “It will,” she said.", "Jo Lin"),
    ("he in a later clause is the person the sentence opens with",
     "Ana Ruiz said the vote was fair. Tom Hale kept up the pressure, and last week he claimed it was rigged.",
     "Tom Hale"),
    ("she in a relative clause is the person the sentence opens with",
     "Tom Hale said the plan was dead. Ana Ruiz will not give up land that she considers her own.", "Ana Ruiz"),
    ("a capitalised first word is no name", "Ana Ruiz said the harvest failed. Crops are withering, she noted.",
     "Ana Ruiz"),
    ("a day is no name", "Tom Hale said taxes would rise. Wednesday, he called for more spending.", "Tom Hale"),
    ("a council's spokesman is a person",
     "Security Council spokesman Ian Dorr told reporters talks were off. “No one is pushing,” he stressed.", "Ian Dorr"),
    ("'it' points to the EU", "Ana Ruiz spoke first. The EU said on Monday that it would act. It added that sanctions "
     "were ready.", "EU"),
]


@pytest.mark.parametrize("text", ["The US is quietly urging its allies to send more aid.",
                                  "The U.S. said the talks were over.", "Ukraine said the bridge was hit."])
def test_a_country_is_a_named_source(text):
    sentence = annotate(text).sentences[0]
    assert sentence.attribution == "named"


@pytest.mark.parametrize("text, speaker", [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS])
def test_pronoun_points_back_to_a_fitting_speaker(text, speaker):
    assert annotate(text).sentences[-1].speaker.endswith(speaker)


@pytest.mark.parametrize("text", [
    "Tom Hale said taxes must rise. Like President Ana Ruiz, I believe in thrift.",  # not a name in the adverbial
    "Tom Hale said taxes must rise. I despise Hale because his plan is cruel.",  # not the last speaker
    "Ana Ruiz said the vote was close. Nonetheless, I write this because I know the town.",
])
def test_the_writers_i_outside_quotations_is_the_writer(text):
    sentence = annotate(text).sentences[-1]
    assert (sentence.speaker, sentence.attribution) == ("I (the writer)", "named")


def test_the_writers_i_is_marked_as_the_writer_in_its_evidence():
    text = "Ana Ruiz said the vote was close. I believe the count was fair."
    span = next(s for s in annotate(text).spans if s.kind == "speaker" and s.text == "I")
    assert (span.category, span.rule) == ("named", "the writer, in the first person")


def test_the_writers_we_is_the_writer():
    sentence = annotate("Ana Ruiz said the vote was close. We asked whether the count was fair.").sentences[-1]
    assert (sentence.speaker, sentence.attribution) == ("We (the writer)", "named")


@pytest.mark.parametrize("pronoun, speaker, last", [
    ("he", "Mr. Diaz and Ms. Ruiz", "Mr. Lee"),  # two people are "they", never "he"
    ("they", "Mr. Diaz and Ms. Ruiz", "Mr. Diaz and Ms. Ruiz"),
    ("she", "President and CEO Ana Ruiz", "President and CEO Ana Ruiz"),  # two titles, one person
])
def test_names_joined_by_and_are_a_group(pronoun, speaker, last):
    text = f"“We will win,” Mr. Lee said on Monday. “So will we,” {speaker} said. “It is time,” {pronoun} " \
        "added."
    assert annotate(text).sentences[-1].speaker == last


@pytest.mark.parametrize("opening, group", [
    ("NATO's secretary general and the EU's foreign policy chief both visited Kyiv on Tuesday.",
     "NATO's secretary general and the EU's foreign policy chief"),
    ("The German chancellor and the French president visited Kyiv.", "The German chancellor and the French president"),
])
def test_they_after_two_roles_is_the_two(opening, group):
    sentences = annotate(f"Ukraine's foreign minister met reporters. {opening} They urged Moscow to talk.").sentences
    assert (sentences[-1].speaker, sentences[-1].attribution) == (group, "named")


def test_they_after_two_things_is_no_group():
    assert annotate("The talks and the vote ended badly. They said it was over.").sentences[-1].speaker == "They"


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv", "Washington", "Downing Street"])
def test_a_capital_speaking_for_its_government_is_no_he(capital):
    text = f"“We will win,” Mr. Lee said on Monday. “No deal,” {capital} said. “It is time,” he added."
    speakers = [s.speaker for s in annotate(text).sentences]
    assert speakers == ["Mr. Lee", capital, "Mr. Lee"]


def test_a_capital_before_a_colon_heads_a_dateline_not_a_turn():
    assert annotate("BEIJING: The embassy issued a health alert on Wednesday.").sentences[0].speaker != "BEIJING"


def test_i_in_a_transcript_is_the_speaker_whose_turn_it_is():
    text = "HALE: The plan works.\nI believe it will pass.\nRUIZ: I doubt it.\nI think the votes are not there."
    assert [s.speaker for s in annotate(text).sentences] == ["HALE", "HALE", "RUIZ", "RUIZ"]


@pytest.mark.parametrize("text", [
    "Once in my twenties, I laughed and said, “I don’t believe it.”",  # framing a quotation
    "As I wrote last week, “The plan is dead,” and the council has since agreed.",  # a quotation after
])
def test_the_writers_i_beside_a_paired_quotation_is_the_writer(text):
    assert annotate(text).sentences[-1].speaker == "I (the writer)"


@pytest.mark.parametrize("text", [
    "“The talks are over,” Ana Ruiz said. “We held firm. We want them to correct the wrong.”",
    "“The talks are over,” Ana Ruiz said. I learned that words matter,” she went on.",
])
def test_i_before_a_closing_mark_without_its_opening_is_the_quoted_speaker(text):
    # the last sentence of a quotation that opened in an earlier one
    assert annotate(text).sentences[-1].speaker == "Ana Ruiz"


def test_i_beside_a_quotation_can_still_be_the_quoted_speaker():
    # a quotation whose opening mark went astray: the "I" after its closing mark is the speaker's
    text = "“The talks are over,” Ana Ruiz said. ” … what I learned from the families is that words matter."
    assert annotate(text).sentences[-1].speaker == "Ana Ruiz"


@pytest.mark.parametrize("text, speaker", [
    ("Ana Ruiz needs to sell the plan and tell voters why.", "Ana Ruiz"),
    ("Tom Hale wants to cut taxes and says the budget allows it.", "Tom Hale"),
    ("American comedians need to start writing scripts that follow his lead.", "American comedians"),
    ("The migrants hope to reach Mexico and then seek asylum, saying they fear violence.", "The migrants"),
])
def test_a_verb_before_to_is_no_part_of_a_named_subject(text, speaker):
    assert annotate(text).sentences[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("“We will not give up,” Ana Ruiz continued.", "Ana Ruiz"),
    ("Ana Ruiz continued: “The plan is dead.”", "Ana Ruiz"),
    ("Tom Hale said the vote was unfair. He continued, “For us, all we want is a hearing.”", "Tom Hale"),
    ("Russia, the minister continued, is not afraid.", "the minister"),  # a speaker set between commas
])
def test_continued_reports_where_it_frames_a_quotation(text, speaker):
    sentence = annotate(text).sentences[-1]
    assert (sentence.speaker, sentence.verb) == (speaker, "continued")


@pytest.mark.parametrize("text", [
    "The fighting continued.",
    "The company continued to grow.",
    "The strikes continued, “a clear sign,” Tom Hale said.",  # the strikes go on; Hale speaks
    "The fighting, which continued, was fierce.",
    "Nevertheless, the protest continues, and that includes the march.",
])
def test_continued_elsewhere_is_no_report(text):
    assert annotate(text).sentences[0].verb != "continued"


@pytest.mark.parametrize("previous, word, verb", [
    ("Ruiz", "needs", True), ("Lee", "seems", True),
    ("Clinton's", "statements", False),  # a possessor's noun: "Clinton's statements to the FBI"
    ("The", "efforts", False),  # "The efforts to pool defence"
    ("Ruiz", "officials", False),  # a source noun
    ("Ruiz", "congress", False), ("Ruiz", "wanted", False),
])
def test_a_verb_before_to_is_told_from_a_plural_noun(previous, word, verb):
    assert subjects._is_catenative_after_name(previous, word) is verb


@pytest.mark.parametrize("text, speaker", [
    ("So when the firm signaled a deal, Mayor Jo Ortiz said the town was relieved.", "Jo Ortiz"),
    ("After the court ruled, the governor said he would appeal.", "governor"),
    ("As one analyst noted, the plan costs more than it saves.", "analyst"),
])
def test_main_clause_verb_reports_before_an_opening_subordinate_clause(text, speaker):
    assert speaker in annotate(text).sentences[0].speaker


def test_the_subjects_participle_reports_before_one_on_its_object():
    sentence = annotate("Chile abstained from a council vote condemning the strikes, saying the talks must go on.").sentences[0]
    assert (sentence.speaker, sentence.verb) == ("Chile", "saying")


BLOCK_QUOTE = (
    "The senator spoke at length on Tuesday.\n\n"
    "Ruiz continued:\n\n"
    "We cannot wait. The bridge is failing. Every week costs us more.\n\n"
    "The vote is set for May."
)


def test_a_frame_sentence_gives_its_speaker_the_next_paragraph():
    sentences = annotate(BLOCK_QUOTE).sentences
    framed = [s for s in sentences if BLOCK_QUOTE[s.start:s.end] in ("We cannot wait.", "The bridge is failing.",
                                                                       "Every week costs us more.")]
    assert len(framed) == 3 and all(s.speaker == "Ruiz" for s in framed)
    assert sentences[-1].attribution == "none"  # the paragraph after the block quotation is the outlet's own


@pytest.mark.parametrize("text", [
    "Partial transcript as follows:\n\nThe plan is dead.",
    "Imagine that she:\n\nIs the first candidate in years to hide it.",
])
def test_a_heading_or_a_command_with_a_colon_frames_nothing(text):
    assert all(s.attribution == "none" for s in annotate(text).sentences)


@pytest.mark.parametrize("text, speaker", [
    ("Clinton has not mentioned the plan since Monday.", "Clinton"),
    ("A House panel met Thursday to discuss the subpoena.", "A House panel"),
    ("Small groups of marchers continued to call for answers.", "Small groups of marchers"),
    ("Is the first candidate in years to refuse.", ""),
])
def test_an_opening_subject_ends_where_its_verb_begins(text, speaker):
    assert annotate(text).sentences[0].speaker == speaker


def test_a_pronoun_and_a_verb_are_no_compound_subject():
    assert annotate("They heard Ana Ruiz chanting slogans.").sentences[0].speaker == "Ana Ruiz"


def test_a_colon_inside_a_time_is_no_clause_break():
    text = "At 4:45 p.m., after the pilot confirms the runway is clear, a voice is heard on the radio."
    assert "13" not in annotate(text).sentences[0].speaker


EVIDENCE_OR_VENUE = [
    "Polls show a close race.", "Data from the census show that rents rose.", "By one estimate, 300 died.",
    "by the official count, four.", "In this poll, she rose a point.", "In the latest national survey, he led.",
    "In a statement issued Monday, the mayor agreed.", "During his e-mails to staff, she wrote.",
    "In a press release, the firm said.", "New Study Finds Link", "A leaked memo states that talks failed.",
    "Analyses of the filings indicate a gap.", "By some tallies, 12 votes.", "In a video message, he urged calm.",
    "An analysis of funds that were raised since May 1, 2015, shows a gap.", "The state average shows a tie.",
]


@pytest.mark.parametrize("sentence", EVIDENCE_OR_VENUE)
def test_a_sentence_the_evidence_patterns_match_is_never_skipped(sentence):
    # the one pass over nouns decides which sentences the five patterns search: it must miss none
    patterns = [constructions._EVIDENCE, constructions._EVIDENCE_HEADLINE, constructions._BY_ACCOUNT,
                constructions._IN_RECORD, constructions._VENUE, constructions._EVIDENCE_FENCED]
    assert any(p.search(sentence) for p in patterns), sentence
    for p in patterns:
        for found in p.finditer(sentence):
            inside = sentence[found.start():found.end()].lower()
            assert constructions._EVIDENCE_OR_VENUE_NOUN.search(inside), (sentence, found.group())


def test_literal_starts_of_a_pattern_alternation():
    assert constructions._literal_starts(r"polls?|stud(?:y|ies)|press\s+release|analys[ie]s|data") == {
        "poll", "stud", "press", "analys", "data"}


# Words around a passive reporting verb, with the letters whose case folding differs between the
# pattern and str.lower: long s, dotless and dotted i, upper case, glued punctuation.
PASSIVE_WORDS = ["it", "is", "IS", "iſ", "İs", "ıs", "was", "Were", "are", "been", "being", "has", "(is", "this",
                 "also", "first", "Widely", "firmly", "not", "never", "since", "He", "Trump", "officials", "analysis",
                 "ably", "the", "’s", "”", ","]
PASSIVE_SPACES = [" ", "  ", "\n", "\t", "\u00a0", ""]


def test_the_passive_shortcut_agrees_with_the_pattern():
    # _ends_in_passive_auxiliary rules a context out by its last word before the pattern is searched
    import itertools
    import random

    rng = random.Random(3)
    contexts = ["", " ", "is", "is "] + [
        "".join(w + rng.choice(PASSIVE_SPACES) for w in rng.choices(PASSIVE_WORDS, k=rng.randint(1, 6)))
        for _ in range(20_000)
    ] + [" ".join(pair) + " " for pair in itertools.product(PASSIVE_WORDS[:12], repeat=2)]
    for before in contexts:
        expected = word_classes._PASSIVE_CUE.search(before) is not None
        assert word_classes._ends_in_passive_auxiliary(before, before.split()) == expected, repr(before)


@pytest.mark.parametrize("sentence", EVIDENCE_OR_VENUE)
def test_the_words_an_evidence_pattern_needs_are_inside_each_match(sentence):
    # _search_sentence skips a pattern in a sentence without the words it needs: it must skip no match
    for pattern, needed in constructions._NEEDED_BY_PATTERN.items():
        for found in pattern.finditer(sentence):
            assert needed.search(sentence, found.start(), found.end()), (sentence, found.group())


WRITERS_REMINDERS = [row["verb"] for row in read_table("report_verbs")
                     if row["connotation"] == EXCEPTION and row["verb"].startswith("it ")]


@pytest.mark.parametrize("reminder", WRITERS_REMINDERS)
def test_each_listed_reminder_of_the_writers_hands_the_sentence_to_its_subject(reminder):
    # the subject search reads its reminders from report_verbs.tsv: a row added there is skipped too
    sentence = annotate(f"{reminder.capitalize()} that in May the minister signed a decree ruling out talks.").sentences[0]
    assert (sentence.attribution, sentence.speaker) == ("named", "the minister")


ANONYMOUS_PHRASES = [
    "people familiar with the matter", "Sources close to the president", "officials briefed on the talks",
    "a person knowledgeable about the plan", "one person with direct knowledge of the deal", "aides involved in it",
    "diplomats aware of the draft", "an official who spoke on condition of anonymity", "PEOPLE FAMILIAR WITH IT",
    "people who asked not to be named", "people FAMİLİAR with it", "Trump", "the White House", "people in the room",
]


@pytest.mark.parametrize("phrase", ANONYMOUS_PHRASES)
def test_the_anonymous_phrase_shortcut_agrees_with_the_pattern(phrase):
    expected = word_classes._ANONYMOUS_PHRASE.search(phrase) is not None
    assert sources._holds_anonymous_phrase(phrase) == expected


def test_the_light_verb_is_not_part_of_the_speaker():
    sentence = annotate("Kenya makes demands for new talks as donors meet.").sentences[0]
    assert (sentence.speaker, sentence.verb) == ("Kenya", "demands")


def test_a_light_verb_and_a_singular_report_noun_name_their_own_speaker():
    # "issued a statement saying": Steele speaks, not the speaker of the sentence before.
    text = ('Senator Jon Kyl, an Arizona Republican, called the remarks "asinine." Trying to quell the furor, '
            'Steele issued a statement saying: "There is no question that America must win."')
    assert [s.speaker for s in annotate(text).sentences] == ["Senator Jon Kyl", "Steele"]


def test_not_wanting_to_be_named_is_no_report():
    # the source's anonymity, not what it reports: the verb is the main clause's "said"
    sentence = annotate("A resident who did not want to be named said the water was brown.").sentences[0]
    assert (sentence.attribution, sentence.verb) == ("anonymous", "said")


# Pronouns: which earlier or later phrase "he", "she", "they" and their contractions point to.
PRONOUN_CASES = [
    ("'his' in a point of view points to the last speaker", "Lavrov said the talks had failed. In his view, the "
     "West is to blame.", 1, "Lavrov"),
    ("a pronoun in an opening clause looks ahead to the main clause's person",
     "Ms. Pelosi said she would wait. As he announced the deal, Mr. Trump paid tribute to the workers, saying "
     "they were fantastic.", 1, "Mr. Trump"),
    ("the next 'he' points to the person named ahead",
     "Ms. Pelosi said she would wait. As he announced the deal, Mr. Trump paid tribute to the workers, saying "
     "they were fantastic. “You are fantastic people,” he said.", 2, "Mr. Trump"),
    ("an opening adverb with a degree word before the person", "Ana Ruiz spoke first. More recently, Tom Lee was "
     "in the news after he threatened a reporter.", 1, "Tom Lee"),
    ("a speech tag after the opening clause is no look-ahead",
     "Ana Ruiz spoke first. While his friend watched, she said, Lee pinned her to the bed.", 1, "Ana Ruiz"),
    ("a contraction is its pronoun", "I'm not a fan of the senator, but I have to say he was right.", 0,
     "I (the writer)"),
    ("'he' after the writer's 'I'm' and a day", "I'm not a fan of Senator Lindsey Graham, but he was right on "
     "Thursday when he berated the committee.", 0, "Senator Lindsey Graham"),
    ("'he' passes over a news outlet", "Mr. Blumenthal said he served. The Shelton Weekly reported that he "
     "was met with applause. “I don’t know if we tried,” he said.", 2, "Mr. Blumenthal"),
    ("a reporter named after an outlet's name is a person", "NBC’s Dante Chinni said debates rarely matter. "
     "“Voters’ images are well formed,” he added.", 1, "NBC’s Dante Chinni"),
    ("'they' points to a person and companions in its sentence", "Many Mexicans agree. A slide that Mr. Guajardo "
     "and his aides carry with them as they speak to American leaders shows the cost.", 1,
     "Mr. Guajardo and his aides"),
    ("'they' after a list of names that reports nothing",
     "Ana Ruiz said the bill was dead. Reps. Jim Lee of Oregon, and Jay Diaz and Al Cruz of Ohio are crafting a "
     "letter. They're hoping to get 60 signatures.", 2, "Reps. Jim Lee of Oregon, and Jay Diaz and Al Cruz of Ohio"),
    ("'it' after a sentence that reports nothing points to the organisation it opens with",
     "“I will not support this bill,” Ms. Collins said. Her office later released a statement. It said she would "
     "consider amendments.", 2, "Her office"),
    ("'it' is no person a title names", "“We won,” Mr. Trump said. It also highlighted the difficulty of the "
     "situation.", 1, "It"),
    ("'she' after a sentence that reports nobody points to the role it opens with", "The minister did not mince "
     "words. “This is theft,” she told parliament.", 1, "The minister"),
    ("a role after an opening phrase is", "“We won,” Tom Lee said. In defeat, the president appeared cowed. He "
     "declined to comment.", 2, "the president"),
    ("a role of the other sex's title is no antecedent", "“We won,” Ana Ruiz said. The chairman was blunt. “This "
     "is theft,” she told parliament.", 2, "Ana Ruiz"),
    ("'it' that finds points to the record the sentence before opens with", "The report was released on Tuesday. "
     "It found that prices rose 9 percent.", 1, "The report"),
    ("an 'it' that says nothing is no organisation's", "The party chose a new leader. It promises to be a tough "
     "fight.", 1, "It"),
]


@pytest.mark.parametrize("text, index, speaker", [c[1:] for c in PRONOUN_CASES], ids=[c[0] for c in PRONOUN_CASES])
def test_a_pronoun_points_to(text, index, speaker):
    assert annotate(text).sentences[index].speaker == speaker


@pytest.mark.parametrize("text, wrong", [
    ("All of which is a reminder: the president is not listening; he’s also ignoring his own report, noting "
     "that the risk is real.", "All"),
    ("I'm not a fan of Senator Lee, and he's my senator, but he was right. When Lee spoke, he said what we "
     "all thought.", "I'm"),
    ("“We won,” Ana Ruiz said. As the assistant leader, Tom Clyburn is powerful. He declined to condemn the "
     "remarks.", "the assistant leader"),
], ids=["a quantifier that opens the sentence", "a contraction is no person", "a role in an opening phrase"])
def test_a_pronoun_never_points_to(text, wrong):
    assert all(s.speaker != wrong for s in annotate(text).sentences)


def test_a_gerund_clause_is_no_antecedent_of_he():
    # "Running for president" opens the sentence as a clause, not a person: "he" passes over it
    text = ("At his announcement, Mr. Lee sought a fresh start. Running for president is a new and bigger stage, "
            "though, and both Mr. Lee’s stagecraft and his oratory showed room for improvement. Without a text, "
            "Mr. Lee often descended into clichés. “The truth will set us free,” he said at one point.")
    assert annotate(text).sentences[-1].speaker == "Mr. Lee"


def test_he_passes_over_a_group_a_quantifier_opens():
    text = "Ana Ruiz spoke first. Some in Kyiv whisper about an armistice. “Not one inch,” he told me."
    assert annotate(text).sentences[-1].speaker != "Some in Kyiv"


@pytest.mark.parametrize("phrase, kind", [
    ("Running for president", "thing"),  # a gerund and a word in lower case: a clause
    ("Sterling Brown", "person"),  # a name in -ing
    ("Democratic leaders", "group"),  # a source noun in the plural
    ("Prosecutors", "group"),  # the same, capitalised as the sentence's first word
    ("defense attorneys", "group"),  # the plural of a listed source noun
    ("One of the two major candidates", "person"),  # one picked out of a plural
    ("Some in Kyiv", "group"),  # a quantifier and where they are, not a man named Kyiv
    ("Many of the delegates", "group"),
    ("Kiel Institute", "organisation"),  # "it", never "he"
    ("The conservative Heartland Foundation", "organisation"),
])
def test_the_kind_of_a_speaker_for_pronouns(phrase, kind):
    assert sources._speaker_kind(phrase) == kind


@pytest.mark.parametrize("text", [
    "Mr. Lee said the plan was dead. Democratic leaders, who view the plan as premature, offered worried words. "
    "“We talked about that today,” he told reporters.",
    "Mr. Lee said the plan was dead. Prosecutors, who pushed for a long sentence, accused Ana Ruiz of lying. "
    "When Mr. Lee was captured, he told the police that he was lost.",
], ids=["a plural with a capitalised modifier", "a plural that opens the sentence"])
def test_he_never_points_to_a_plural_source(text):
    assert annotate(text).sentences[-1].speaker == "Mr. Lee"


@pytest.mark.parametrize("phrase, kind", [
    ("Charlotte Observer", "named"),  # a source noun capitalised inside a name is part of it
    ("a Homeland Security Department official", "named"),  # an office named in capitals
    ("White House officials", "named"),
    ("NATO officials", "anonymous"),  # a generic head named only by an institution
    ("US officials", "anonymous"),
    ("Senior officials", "anonymous"),  # a modifier capitalised as the first word
    ("many Democrats", "anonymous"),  # a vague part of a named group
    ("Some Republicans", "anonymous"),  # the same, capitalised as the sentence's first word
    ("other E.U. leaders", "anonymous"),
    ("some Republicans, including Senator Lamar Alexander", "named"),  # a name of two words among them
    ("a panel of experts", "anonymous"),  # a body is as unnamed as its members
    ("a group of officials", "anonymous"),
    ("a panel of the court", "named"),  # ... and as named
    ("information", "anonymous"),  # "according to information": agency copy for unnamed sources
    ("preliminary information", "anonymous"),
    ("information obtained by ERT", "named"),  # ... unless a name comes with it
    ("US intelligence", "named"),
])
def test_a_source_is_named_or_anonymous_by_its_wording(phrase, kind):
    assert sources.classify_source(phrase) == kind


@pytest.mark.parametrize("text, tokens", [
    ("9/11 widow", ["9/11", "widow"]),
    ("a 1,400-page bill", ["a", "1,400-page", "bill"]),
    ("1,400 calls, 24/7", ["1,400", "calls", ",", "24/7"]),
])
def test_numbers_with_slashes_commas_and_hyphens_are_one_token(text, tokens):
    assert [t.group() for t in word_classes._TOKEN.finditer(text)] == tokens


@pytest.mark.parametrize("label", ["THE PRESIDENT", "THE VICE PRESIDENT", "THE MODERATOR"])
def test_an_office_in_capitals_is_a_transcript_turn(label):
    text = f"{label}: Thank you all for coming. We will not back down."
    assert [s.speaker for s in annotate(text).sentences] == [label, label]


def test_clarified_that_is_the_report_verb_not_a_verb_inside_what_was_said():
    sentence = annotate("Podolyak later clarified that Kyiv was not refusing talks.").sentences[0]
    assert (sentence.speaker, sentence.verb) == ("Podolyak", "clarified that")
