// Colloquial words and their formal twins (gue, nggak, udah -> saya, tidak, sudah): the register
// rule reports them, and the spelling rule offers the formal twin instead of the dictionary's nearest
// word ("udah" is "sudah", not "ubah").
// A Map, not an object: every token is looked up, and an object would also answer for inherited
// names ("constructor"), and looks a word up more slowly.
export const FORMAL = new Map<string, string>(Object.entries({
  gue: 'saya', gua: 'saya', gw: 'saya', lo: 'Anda', lu: 'Anda', loe: 'Anda', elo: 'Anda', elu: 'Anda',
  nggak: 'tidak', ngga: 'tidak', gak: 'tidak', ga: 'tidak', enggak: 'tidak', kagak: 'tidak', gk: 'tidak',
  udah: 'sudah', udh: 'sudah', dah: 'sudah', aja: 'saja', banget: 'sangat', bgt: 'sangat', gimana: 'bagaimana', gmn: 'bagaimana',
  kalo: 'kalau', klo: 'kalau', bikin: 'membuat', ngasih: 'memberi', emang: 'memang', dapet: 'dapat', gede: 'besar', bener: 'benar',
  makasih: 'terima kasih', trims: 'terima kasih', doain: 'doakan', cepet: 'cepat', ngerti: 'mengerti', tau: 'tahu', pengen: 'ingin',
  nyampe: 'sampai', ntar: 'nanti', nanya: 'bertanya', rame: 'ramai', cuan: 'untung', naikin: 'menaikkan', turunin: 'menurunkan',
  nyobain: 'mencoba', beliin: 'membelikan', bikinin: 'membuatkan', kasihin: 'memberikan', nungguin: 'menunggu', ngapain: 'mengapa',
}));
